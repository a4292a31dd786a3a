import { periodEnd } from '../dates.ts';
import { DAY_MS } from './window.ts';

// Where an event is drawn. A day event is a point; an event with an end date is a solid
// bar; an event known only to the month or year is drawn across that whole month or year
// (a hatched span), never as a falsely exact day.

export type MarkKind = 'point' | 'bar' | 'span';

interface DrawableEvent {
  date: string;
  endDate: string | null;
  datePrecision: 'day' | 'month' | 'year';
}

/** [start, end) in UTC ms, covering every day the event may have happened on. */
export function eventExtent(e: DrawableEvent): { start: number; end: number; kind: MarkKind } {
  const start = Date.parse(`${e.date}T00:00:00Z`);
  if (e.endDate) return { start, end: Date.parse(`${e.endDate}T00:00:00Z`) + DAY_MS, kind: 'bar' };
  if (e.datePrecision === 'day') return { start, end: start + DAY_MS, kind: 'point' };
  return { start, end: +periodEnd(new Date(start), e.datePrecision) + DAY_MS, kind: 'span' };
}
