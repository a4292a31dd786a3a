'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/localized.ts';
import { chartInLanguage } from '@/lib/timeline/chart-language.ts';
import { useSearchParams } from 'next/navigation';
import { useRouter } from '@/i18n/navigation.ts';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react';
import { axisLevel } from '@/lib/timeline/ticks.ts';
import { changeParams, timelineDataQuery } from '@/lib/timeline/view-query.ts';
import {
  DAY_MS,
  panWindow,
  windowToDays,
  zoomWindow,
  type TimeWindow,
} from '@/lib/timeline/window.ts';
import { HoverCard } from './hover-card.tsx';
import { StatusLegend } from './status-mark.tsx';
import { TimelineChart, type Hover } from './timeline-chart.tsx';
import styles from './timeline.module.css';
import { useFetched, type Fetched } from './use-fetched.ts';
import { WHEEL_HINT_EVENT } from './use-timeline-gestures.ts';
import { useTimelineWindow } from './use-timeline-window.ts';
import { StoryBar } from './story-bar.tsx';
import type { TimelineData } from '@/lib/shapes/timeline.ts';

const noSubscribe = () => () => {};
const apiUrl = (key: string) => `/api/timeline?${key}`;
const HINT_MS = 2500;

/** Focuses the element `find` returns once it is in the page (a server render may still be on its way). */
function focusWhenShown(find: () => HTMLElement | null, until = performance.now() + 10_000) {
  const el = find();
  if (el) el.focus();
  else if (performance.now() < until) requestAnimationFrame(() => focusWhenShown(find, until));
}
const markOf = (slug: string) => () =>
  document.querySelector<HTMLElement>(`[data-slug="${CSS.escape(slug)}"][role="button"]`);
const panelOf = (slug: string) => () =>
  document.querySelector<HTMLElement>(`[data-panel-slug="${CSS.escape(slug)}"] h2`);

/** A window of the same width as `w`, centred on the day `t`. */
export function centredOn(w: TimeWindow, t: number): TimeWindow {
  const span = w.end - w.start;
  const start = Math.floor((t + DAY_MS / 2 - span / 2) / DAY_MS) * DAY_MS;
  return { start, end: start + span };
}

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
  const t = useTranslations('timeline.view');
  const tryAgain = useTranslations('timeline')('tryAgain');
  const params = useSearchParams();
  const isHydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const timeline = useFetched(initial, apiUrl);
  const data = timeline.value;
  const locale = useLocale() as Locale;
  // Titles and lane names in the page's language for the drawing (plain text in the SVG).
  const chartData = useMemo(() => chartInLanguage(data, locale), [data, locale]);
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
  const { getWindow, setWindow, fit } = view;
  const items = data.mode === 'items' ? data.items : [];
  const selectedItem = items.find((i) => i.slug === selected);
  /** + and − zoom around the selected event when it is in view, else around the middle. */
  const zoom = (factor: number) => {
    const w = getWindow();
    const t = selectedItem ? Date.parse(`${selectedItem.date}T12:00:00Z`) : NaN;
    const anchor = t >= w.start && t < w.end ? (t - w.start) / (w.end - w.start) : 0.5;
    setWindow(zoomWindow(w, factor, anchor));
  };
  const pan = (fraction: number) => setWindow(panWindow(getWindow(), fraction));

  // A plain wheel over the chart scrolls the page; say how to zoom instead, for a moment.
  const [hint, setHint] = useState(false);
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onHint = () => {
      setHint(true);
      clearTimeout(timer);
      timer = setTimeout(() => setHint(false), HINT_MS);
    };
    box.addEventListener(WHEEL_HINT_EVENT, onHint);
    return () => {
      clearTimeout(timer);
      box.removeEventListener(WHEEL_HINT_EVENT, onHint);
    };
  }, []);

  // "Show on timeline" (focus=) lands on its event: once drawn, the mark is scrolled into view
  // (controls above the chart can push it below the first screen).
  const focusSlug = params.get('focus');
  useEffect(() => {
    if (!focusSlug) return;
    const until = performance.now() + 10_000;
    const bring = () => {
      const mark = markOf(focusSlug)();
      if (mark) mark.scrollIntoView({ block: 'center', inline: 'nearest' });
      else if (performance.now() < until) requestAnimationFrame(bring);
    };
    bring();
  }, [focusSlug]);

  // Escape closes the event panel from anywhere on the page and gives focus back to its mark.
  useEffect(() => {
    if (!selected) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      router.push(
        `/timeline?${changeParams(paramsRef.current, (p) => {
          p.delete('event');
          p.delete('focus');
          p.delete('story');
        })}`,
        { scroll: false },
      );
      focusWhenShown(markOf(selected));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, router]);

  /** Events in time order; the arrow keys walk them from a focused mark, panning to each. */
  const stepFrom = (slug: string, by: number) => {
    const i = items.findIndex((x) => x.slug === slug);
    const next = items[i + by];
    if (i < 0 || !next) return;
    const t = Date.parse(`${next.date}T00:00:00Z`);
    const w = getWindow();
    if (t < w.start || t >= w.end) setWindow(centredOn(w, t));
    focusWhenShown(markOf(next.slug));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const mark = (e.target as Element).closest?.('[data-slug][role="button"]');
    const slug = mark?.getAttribute('data-slug');
    if (slug && (e.key === 'Enter' || e.key === ' ')) {
      // The mark selects on its own; focus follows to the panel once it is shown.
      focusWhenShown(panelOf(slug));
      return;
    }
    const actions: Record<string, () => void> = {
      '+': () => zoom(0.5),
      '=': () => zoom(0.5),
      '-': () => zoom(2),
      _: () => zoom(2),
      ArrowLeft: () => (slug ? stepFrom(slug, -1) : pan(-0.2)),
      ArrowRight: () => (slug ? stepFrom(slug, 1) : pan(0.2)),
    };
    const act = actions[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  };
  const days = windowToDays(view.win);
  const isBusy = !isHydrated || timeline.loading !== null;

  return (
    <section className={styles.timeline} aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="sr-only">
        {t('heading')}
      </h2>
      <div className={styles.toolbar}>
        <div role="group" aria-label={t('zoomGroup')} className={styles.buttons}>
          <button type="button" onClick={() => zoom(0.5)} aria-label={t('zoomIn')}>
            +
          </button>
          <button type="button" onClick={() => zoom(2)} aria-label={t('zoomOut')}>
            −
          </button>
          <button type="button" onClick={() => pan(-0.5)} aria-label={t('earlier')}>
            ←
          </button>
          <button type="button" onClick={() => pan(0.5)} aria-label={t('later')}>
            →
          </button>
          <button type="button" onClick={fit} disabled={!data.extent}>
            {t('fit')}
          </button>
        </div>
        <StoryBar
          selected={selected}
          getWindow={getWindow}
          onStep={(slug, date) => {
            const w = centredOn(getWindow(), Date.parse(`${date}T00:00:00Z`));
            const days = windowToDays(w);
            router.push(
              `/timeline?${changeParams(paramsRef.current, (p) => {
                p.set('event', slug);
                p.set('story', '1');
                p.set('start', days.from);
                p.set('end', days.to);
                p.delete('focus');
              })}`,
              { scroll: false },
            );
          }}
        />
        <p className={styles.status} aria-live="polite">
          <span>{t('range', { from: days.from, to: days.to })}</span>
          <span>{t('axis', { level: axisLevel(view.win.end - view.win.start) })}</span>
          <span>
            {t('total', { count: data.total })}
            {data.mode === 'buckets' ? t('perBucket', { bucket: data.bucket }) : ''}
          </span>
          {timeline.loading !== null ? (
            <span className={styles.loading}>{t('updating')}</span>
          ) : null}
        </p>
      </div>
      {timeline.error ? (
        <p role="alert" className={styles.error}>
          {t('failed', { error: timeline.error })}{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => timeline.load(timelineDataQuery(paramsRef.current))}
          >
            {tryAgain}
          </button>
        </p>
      ) : null}
      <div
        ref={boxRef}
        className={styles.chartBox}
        tabIndex={0}
        role="region"
        aria-label={t('region', { kind: lanesKind })}
        onKeyDown={onKeyDown}
        aria-busy={isBusy}
      >
        {data.total === 0 ? (
          <p className={styles.empty}>{t('empty')}</p>
        ) : (
          <TimelineChart
            data={chartData}
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
        {hint ? (
          <p className={styles.wheelHint} role="status">
            Hold Ctrl (⌘ on a Mac) and scroll to zoom, or click the timeline first
          </p>
        ) : null}
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
