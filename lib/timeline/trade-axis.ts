// Puts annual trade figures under the timeline's window. The trade chart plots the figure
// for year Y at x = Y, centred in the band [Y − ½, Y + ½] that stands for that calendar
// year, so an instant t maps to x = (fractional year of t) − ½.
import type { TimeWindow } from './window.ts';

export function fractionalYear(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  return year + (ms - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** The trade chart's x-domain showing exactly the timeline's window. */
export function tradeDomain(w: TimeWindow): [number, number] {
  return [fractionalYear(w.start) - 0.5, fractionalYear(w.end) - 0.5];
}

/** The whole years whose figures fall in (or beside) the window, to load. */
export function tradeYears(w: TimeWindow): { from: number; to: number } {
  const [lo, hi] = tradeDomain(w);
  return { from: Math.max(1950, Math.floor(lo)), to: Math.min(2100, Math.ceil(hi)) };
}

/** The /api/trade query for `series` ('KP-CN,KP-RU') over the years a window shows. */
export function tradeKey(series: string, w: TimeWindow): string {
  const { from, to } = tradeYears(w);
  return new URLSearchParams({ series, from: String(from), to: String(to) }).toString();
}
