// The visible window of the timeline as [start, end) in UTC epoch ms, and the zoom/pan
// steps on it. The URL carries it as inclusive calendar days (from=YYYY-MM-DD&to=YYYY-MM-DD).

export const DAY_MS = 86_400_000;
export const MIN_SPAN_MS = 3 * DAY_MS;
const MAX_SPAN_MS = 250 * 365.25 * DAY_MS;

export interface TimeWindow {
  start: number;
  end: number;
}

const clampSpan = (span: number) => Math.min(MAX_SPAN_MS, Math.max(MIN_SPAN_MS, span));

/** Zooms by `factor` (< 1 zooms in) keeping the instant at `anchor` (0–1 across) in place. */
export function zoomWindow(w: TimeWindow, factor: number, anchor = 0.5): TimeWindow {
  const span = w.end - w.start;
  const next = clampSpan(span * factor);
  const pivot = w.start + span * anchor;
  const start = pivot - next * anchor;
  return snap({ start, end: start + next });
}

/** Moves the window by `fraction` of its width (positive: later). */
export function panWindow(w: TimeWindow, fraction: number): TimeWindow {
  const shift = (w.end - w.start) * fraction;
  return snap({ start: w.start + shift, end: w.end + shift });
}

/** Whole days, so the URL and the drawn window agree. */
function snap(w: TimeWindow): TimeWindow {
  const start = Math.floor(w.start / DAY_MS) * DAY_MS;
  const end = Math.max(start + DAY_MS, Math.round(w.end / DAY_MS) * DAY_MS);
  return { start, end };
}

export function windowFromDays(from: string, to: string): TimeWindow {
  return { start: Date.parse(`${from}T00:00:00Z`), end: Date.parse(`${to}T00:00:00Z`) + DAY_MS };
}

export function windowToDays(w: TimeWindow): { from: string; to: string } {
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from: iso(w.start), to: iso(w.end - DAY_MS) };
}

/**
 * How far panning may go: the first and last matching event, plus a margin of a tenth of
 * their span (at least a week) each side, so the ends are never pinned to the frame's edge.
 */
export function panBounds(extent: { from: string; to: string }): TimeWindow {
  const data = windowFromDays(extent.from, extent.to);
  const margin = Math.max(7 * DAY_MS, (data.end - data.start) / 10);
  return { start: data.start - margin, end: data.end + margin };
}

/** `w` moved (and, if wider, shrunk) to lie inside `bounds`: no panning into empty decades. */
export function clampWindow(w: TimeWindow, bounds: TimeWindow): TimeWindow {
  const room = bounds.end - bounds.start;
  const span = Math.min(w.end - w.start, Math.max(MIN_SPAN_MS, room));
  let start = Math.max(bounds.start, Math.min(w.start, bounds.end - span));
  if (span >= room) start = bounds.start + (room - span) / 2;
  return snap({ start, end: start + span });
}
