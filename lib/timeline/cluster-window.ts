import { DAY_MS, MIN_SPAN_MS, type TimeWindow } from './window.ts';

/**
 * The window a click on a cluster zooms to: the whole days its events cover, widened evenly
 * to the shortest window the timeline shows when they all fall on one or two days.
 */
export function clusterWindow(extent: TimeWindow): TimeWindow {
  let start = Math.floor(extent.start / DAY_MS) * DAY_MS;
  let end = Math.ceil(extent.end / DAY_MS) * DAY_MS;
  const short = MIN_SPAN_MS - (end - start);
  if (short > 0) {
    const before = Math.floor(short / 2 / DAY_MS) * DAY_MS;
    start -= before;
    end += short - before;
  }
  return { start, end };
}
