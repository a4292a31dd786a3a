'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useTransition, type KeyboardEvent } from 'react';
import type { TimelineData } from '@/lib/db/timeline.ts';
import { axisLevel } from '@/lib/timeline/ticks.ts';
import { panWindow, windowFromDays, windowToDays, zoomWindow, type TimeWindow } from '@/lib/timeline/window.ts';
import { HoverCard } from './hover-card.tsx';
import { StatusLegend } from './status-mark.tsx';
import { TimelineChart, type Hover } from './timeline-chart.tsx';
import styles from './timeline.module.css';

const URL_DELAY_MS = 250;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The interactive timeline. The window is local state for instant redraws; a moment after
 * the last zoom or pan it is written to the URL (router.replace), which makes the server
 * page send the events of the new window. A URL change we did not write ourselves (back,
 * forward, a new filter) resets the window from the server's data.
 */
export function TimelineView({ data, selected, lanesKind }: { data: TimelineData; selected: string | null; lanesKind: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [isPending, startTransition] = useTransition();
  const serverKey = `${data.from}|${data.to}`;
  const [win, setWin] = useState<TimeWindow>(() => windowFromDays(data.from, data.to));
  const [seenKey, setSeenKey] = useState(serverKey);
  const [writtenKey, setWrittenKey] = useState<string | null>(null);
  const [width, setWidth] = useState(960);
  const [hover, setHover] = useState<Hover | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  if (serverKey !== seenKey) {
    setSeenKey(serverKey);
    if (serverKey !== writtenKey) setWin(windowFromDays(data.from, data.to));
  }

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);

  const navigate = useCallback(
    (change: (p: URLSearchParams) => void, mode: 'push' | 'replace') => {
      const next = new URLSearchParams(params.toString());
      change(next);
      next.delete('cursor');
      startTransition(() => router[mode](`${pathname}?${next}`, { scroll: false }));
    },
    [params, pathname, router],
  );

  const setWindow = useCallback(
    (w: TimeWindow) => {
      setWin(w);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const { from, to } = windowToDays(w);
        setWrittenKey(`${from}|${to}`);
        navigate((p) => {
          p.set('from', from);
          p.set('to', to);
        }, 'replace');
      }, URL_DELAY_MS);
    },
    [navigate],
  );

  const select = (slug: string) => navigate((p) => p.set('event', slug), 'push');
  const zoom = (factor: number) => setWindow(zoomWindow(win, factor));
  const pan = (fraction: number) => setWindow(panWindow(win, fraction));
  const onKeyDown = (e: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      '+': () => zoom(0.5), '=': () => zoom(0.5), '-': () => zoom(2), _: () => zoom(2),
      ArrowLeft: () => pan(-0.2), ArrowRight: () => pan(0.2),
    };
    const act = actions[e.key];
    if (act && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      act();
    }
  };
  const level = axisLevel(win.end - win.start);
  const days = windowToDays(win);

  return (
    <section className={styles.timeline} aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="sr-only">Timeline</h2>
      <div className={styles.toolbar}>
        <div role="group" aria-label="Zoom and move" className={styles.buttons}>
          <button type="button" onClick={() => zoom(0.5)} aria-label="Zoom in">+</button>
          <button type="button" onClick={() => zoom(2)} aria-label="Zoom out">−</button>
          <button type="button" onClick={() => pan(-0.5)} aria-label="Earlier">←</button>
          <button type="button" onClick={() => pan(0.5)} aria-label="Later">→</button>
        </div>
        <p className={styles.status} aria-live="polite">
          <span>
            {days.from} to {days.to}
          </span>
          <span>Axis: {level}</span>
          <span>{plural(data.total, 'event')}
            {data.mode === 'buckets' ? `, counted per ${data.bucket}` : ''}</span>
          {isPending ? <span className={styles.loading}>Loading…</span> : null}
        </p>
      </div>
      <div
        ref={boxRef}
        className={styles.chartBox}
        tabIndex={0}
        role="region"
        aria-label={`Timeline by ${lanesKind}: press + or − to zoom, the arrow keys to move, Tab to reach events`}
        onKeyDown={onKeyDown}
        aria-busy={isPending}
      >
        {data.total === 0 ? (
          <p className={styles.empty}>No events match these filters in this window. Zoom out, or clear some filters.</p>
        ) : (
          <TimelineChart data={data} win={win} width={width} selected={selected} setWindow={setWindow} onSelect={select} onHover={setHover} />
        )}
        {hover ? <HoverCard hover={hover} width={width} /> : null}
      </div>
      {data.mode === 'buckets' ? (
        <p className={styles.note}>
          Too many events to draw one by one: each lane shows how many events start in each {data.bucket}. Zoom in to see single events.
        </p>
      ) : null}
      <StatusLegend />
    </section>
  );
}
