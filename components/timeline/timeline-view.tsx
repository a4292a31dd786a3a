'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react';
import { axisLevel } from '@/lib/timeline/ticks.ts';
import { changeParams, timelineDataQuery } from '@/lib/timeline/view-query.ts';
import { panWindow, windowToDays, zoomWindow } from '@/lib/timeline/window.ts';
import { HoverCard } from './hover-card.tsx';
import { StatusLegend } from './status-mark.tsx';
import { TimelineChart, type Hover } from './timeline-chart.tsx';
import styles from './timeline.module.css';
import { useFetched, type Fetched } from './use-fetched.ts';
import { useTimelineWindow } from './use-timeline-window.ts';
import type { TimelineData } from '@/lib/shapes/timeline.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const noSubscribe = () => () => {};
const apiUrl = (key: string) => `/api/timeline?${key}`;

/**
 * The interactive timeline. It owns the view: a zoom or pan redraws at once from the data it
 * has (useTimelineWindow), and a moment later the window goes into the URL (replaceState,
 * no server render) and the data of the new window is fetched from /api/timeline, the old
 * drawing staying on screen meanwhile. A URL change it did not write (back, forward, the
 * trade chart's buttons, a new filter) moves it to that URL's window.
 */
export function TimelineView({
  initial,
  selected,
  lanesKind,
}: {
  initial: Fetched<TimelineData>;
  selected: string | null;
  lanesKind: string;
}) {
  const router = useRouter();
  const params = useSearchParams();
  const isHydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const timeline = useFetched(initial, apiUrl);
  const data = timeline.value;
  const view = useTimelineWindow({ params, data, dataKey: timeline.key, load: timeline.load });
  const [width, setWidth] = useState(960);
  const [hover, setHover] = useState<Hover | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const paramsRef = useRef(params);
  useEffect(() => {
    paramsRef.current = params;
  });

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const select = useCallback(
    (slug: string) =>
      router.push(`/timeline?${changeParams(paramsRef.current, (p) => p.set('event', slug))}`, {
        scroll: false,
      }),
    [router],
  );
  const { getWindow, setWindow } = view;
  const zoom = (factor: number) => setWindow(zoomWindow(getWindow(), factor));
  const pan = (fraction: number) => setWindow(panWindow(getWindow(), fraction));
  const onKeyDown = (e: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      '+': () => zoom(0.5),
      '=': () => zoom(0.5),
      '-': () => zoom(2),
      _: () => zoom(2),
      ArrowLeft: () => pan(-0.2),
      ArrowRight: () => pan(0.2),
    };
    const act = actions[e.key];
    if (act && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      act();
    }
  };
  const days = windowToDays(view.win);
  const isBusy = !isHydrated || timeline.loading !== null;

  return (
    <section className={styles.timeline} aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="sr-only">
        Timeline
      </h2>
      <div className={styles.toolbar}>
        <div role="group" aria-label="Zoom and move" className={styles.buttons}>
          <button type="button" onClick={() => zoom(0.5)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => zoom(2)} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={() => pan(-0.5)} aria-label="Earlier">
            ←
          </button>
          <button type="button" onClick={() => pan(0.5)} aria-label="Later">
            →
          </button>
        </div>
        <p className={styles.status} aria-live="polite">
          <span>
            {days.from} to {days.to}
          </span>
          <span>Axis: {axisLevel(view.win.end - view.win.start)}</span>
          <span>
            {plural(data.total, 'event')}
            {data.mode === 'buckets' ? `, counted per ${data.bucket}` : ''}
          </span>
          {timeline.loading !== null ? <span className={styles.loading}>Updating…</span> : null}
        </p>
      </div>
      {timeline.error ? (
        <p role="alert" className={styles.error}>
          The events of this window could not be loaded ({timeline.error}); the timeline still shows
          the previous ones.{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => timeline.load(timelineDataQuery(paramsRef.current))}
          >
            Try again
          </button>
        </p>
      ) : null}
      <div
        ref={boxRef}
        className={styles.chartBox}
        tabIndex={0}
        role="region"
        aria-label={`Timeline by ${lanesKind === 'none' ? 'date' : lanesKind}: press + or − to zoom, the arrow keys to move, Tab to reach events`}
        onKeyDown={onKeyDown}
        aria-busy={isBusy}
      >
        {data.total === 0 ? (
          <p className={styles.empty}>
            No events match these filters in this window. Zoom out, or clear some filters.
          </p>
        ) : (
          <TimelineChart
            data={data}
            win={view.win}
            layoutWin={view.layoutWin}
            width={width}
            selected={selected}
            getWindow={getWindow}
            setWindow={setWindow}
            onSelect={select}
            onHover={setHover}
          />
        )}
        {hover ? <HoverCard hover={hover} width={width} /> : null}
      </div>
      {data.mode === 'buckets' ? (
        <p className={styles.note}>
          Too many events to draw one by one: each lane shows how many events start in each{' '}
          {data.bucket}. Zoom in to see single events.
        </p>
      ) : null}
      <StatusLegend />
    </section>
  );
}
