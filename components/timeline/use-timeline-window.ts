'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { changeParams, timelineDataQuery } from '@/lib/timeline/view-query.ts';
import {
  clampWindow,
  panBounds,
  windowFromDays,
  windowToDays,
  type TimeWindow,
} from '@/lib/timeline/window.ts';
import type { TimelineData } from '@/lib/shapes/timeline.ts';

/** After the last zoom or pan step, how long to wait before writing the URL and fetching. */
const COMMIT_DELAY_MS = 250;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const same = (a: TimeWindow, b: TimeWindow) => a.start === b.start && a.end === b.end;

interface Options {
  params: URLSearchParams;
  data: TimelineData;
  /** The /api/timeline query `data` answers. */
  dataKey: string;
  load: (key: string) => void;
}

/**
 * The timeline's window: the view, in the URL as start/end, apart from the date filter
 * (from/to), which a zoom or pan never touches. `win` is what the axis shows, updated at most once per animation
 * frame however fast the wheel or the keys go; `layoutWin` is what the marks were laid out
 * for, renewed only when new data arrives or a gesture ends without needing any. The URL is
 * written with replaceState once the window rests (shareable, no history entry per step).
 */
export function useTimelineWindow({ params, data, dataKey, load }: Options) {
  const [win, setWin] = useState<TimeWindow>(() => windowFromDays(data.from, data.to));
  const [layoutWin, setLayoutWin] = useState(win);
  const [adoptNext, setAdoptNext] = useState(false);
  const [laidFor, setLaidFor] = useState(data);
  const pending = useRef(win);
  const frame = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const written = useRef<string | null>(null);
  const latest = useRef({ params, dataKey, data, load });
  useEffect(() => {
    latest.current = { params, dataKey, data, load };
  });

  // New data: lay the marks out for the window on screen, or take the data's own window
  // when the URL did not name one (a plain /timeline, a partial date such as from=2024).
  if (laidFor !== data) {
    setLaidFor(data);
    const w = adoptNext ? windowFromDays(data.from, data.to) : win;
    if (adoptNext) {
      setAdoptNext(false);
      setWin(w);
    }
    setLayoutWin(w);
  }
  useEffect(() => {
    if (frame.current === null) pending.current = win;
  }, [win]);

  const show = useCallback((w: TimeWindow, relayout: boolean) => {
    pending.current = w;
    setWin((cur) => (same(cur, w) ? cur : w));
    if (relayout) setLayoutWin((cur) => (same(cur, w) ? cur : w));
  }, []);

  const commit = useCallback(() => {
    const { params: current, dataKey: shownKey } = latest.current;
    const w = pending.current;
    const days = windowToDays(w);
    const next = changeParams(current, (p) => {
      p.set('start', days.from);
      p.set('end', days.to);
      // The window is the reader's now, no longer the one around a "Show on timeline" event.
      if (p.has('focus')) {
        p.set('event', p.get('event') ?? p.get('focus')!);
        p.delete('focus');
      }
    });
    const search = next.toString();
    if (search !== current.toString()) {
      written.current = search;
      window.history.replaceState(null, '', `?${search}`);
    }
    const key = timelineDataQuery(next);
    if (key === shownKey) setLayoutWin((cur) => (same(cur, w) ? cur : w));
    latest.current.load(key);
  }, []);

  /** Every zoom and pan goes through here: kept within a little of the matching events. */
  const setWindow = useCallback(
    (asked: TimeWindow) => {
      const { extent } = latest.current.data;
      const w = extent ? clampWindow(asked, panBounds(extent)) : asked;
      pending.current = w;
      if (frame.current === null) {
        frame.current = requestAnimationFrame(() => {
          frame.current = null;
          setWin(pending.current);
        });
      }
      clearTimeout(timer.current);
      timer.current = setTimeout(commit, COMMIT_DELAY_MS);
    },
    [commit],
  );
  const getWindow = useCallback(() => pending.current, []);
  /** Every matching event in view (the Fit button). */
  const fit = useCallback(() => {
    const { extent } = latest.current.data;
    if (extent) setWindow(panBounds(extent));
  }, [setWindow]);

  // A URL we did not write: back, forward, a link, the trade chart's buttons, new filters.
  const search = params.toString();
  useEffect(() => {
    if (search === written.current) return;
    written.current = null;
    clearTimeout(timer.current);
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    const p = new URLSearchParams(search);
    const key = timelineDataQuery(p);
    const { dataKey: shownKey, data: shown } = latest.current;
    const from = p.get('start') ?? '';
    const to = p.get('end') ?? '';
    if (FULL_DAY.test(from) && FULL_DAY.test(to)) show(windowFromDays(from, to), key === shownKey);
    else if (key === shownKey) show(windowFromDays(shown.from, shown.to), true);
    else setAdoptNext(true);
    latest.current.load(key);
  }, [search, show]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  return { win, layoutWin, getWindow, setWindow, fit };
}
