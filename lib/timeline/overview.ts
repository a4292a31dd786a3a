import { DAY_MS, MIN_SPAN_MS, type TimeWindow } from './window.ts';

// The overview strip under the timeline: all time on one axis, the window on screen as a
// brush that moves or stretches with the pointer.

export type BrushPart = 'move' | 'start' | 'end' | 'jump';

/** All time the strip spans: every bar of density, and the window on screen, with a margin. */
export function overviewDomain(bars: { t: number; end: number }[], win: TimeWindow): TimeWindow {
  const start = Math.min(win.start, ...bars.map((b) => b.t));
  const end = Math.max(win.end, ...bars.map((b) => b.end));
  const pad = (end - start) * 0.01;
  return { start: start - pad, end: end + pad };
}

const day = (t: number) => Math.round(t / DAY_MS) * DAY_MS;

/**
 * The window after dragging part of the brush by `dt` ms: the body moves it whole, an edge
 * moves only that end (never closer to the other than the shortest window). Whole days.
 */
export function brushDrag(win0: TimeWindow, part: BrushPart, dt: number): TimeWindow {
  if (part === 'start') {
    const start = Math.min(day(win0.start + dt), win0.end - MIN_SPAN_MS);
    return { start, end: win0.end };
  }
  if (part === 'end') {
    const end = Math.max(day(win0.end + dt), win0.start + MIN_SPAN_MS);
    return { start: win0.start, end };
  }
  const start = day(win0.start + dt);
  return { start, end: start + day(win0.end - win0.start) };
}
