import { DAY_MS, type TimeWindow } from './window.ts';

// The window a plain /timeline opens on: the most recent stretch of events, not all time
// squeezed into one width. Walking back from the newest event, it takes events until it
// holds FIRST_VIEW_EVENTS, or, once it holds MIN_EVENTS, until the next older event lies
// further back than GAP_FACTOR times the average spacing so far (a quiet stretch: taking it
// would squeeze the busy one into a corner).

export const FIRST_VIEW_EVENTS = 45;
const MIN_EVENTS = 10;
const GAP_FACTOR = 4;
/** Room left on both sides, as a share of the stretch, so marks at its ends are not cut. */
const MARGIN = 0.04;
const MIN_SPAN_MS = 14 * DAY_MS;

/**
 * `starts`: the start (epoch ms) of the newest events, newest first, at most
 * FIRST_VIEW_EVENTS + 1 of them; `lastEnd`: the latest moment any matching event covers.
 * Null when there are no events.
 */
export function firstView(starts: number[], lastEnd: number): TimeWindow | null {
  if (!starts.length) return null;
  let earliest = starts[0];
  for (let k = 1; k < starts.length && k < FIRST_VIEW_EVENTS; k++) {
    const spacing = Math.max(lastEnd - earliest, DAY_MS) / k;
    if (k >= MIN_EVENTS && earliest - starts[k] > GAP_FACTOR * spacing) break;
    earliest = starts[k];
  }
  const end0 = Math.max(lastEnd, earliest + MIN_SPAN_MS);
  const pad = (end0 - earliest) * MARGIN;
  return {
    start: Math.floor((earliest - pad) / DAY_MS) * DAY_MS,
    end: Math.ceil((end0 + pad) / DAY_MS) * DAY_MS,
  };
}
