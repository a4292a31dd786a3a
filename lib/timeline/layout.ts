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

/**
 * Stacks overlapping marks of one lane into rows (greedy, in order of x), so no mark hides
 * another: returns each mark's row and the number of rows. Marks are pixel ranges [x1, x2].
 */
export function stackRows(
  marks: { x1: number; x2: number }[],
  gap = 2,
): { rows: number[]; count: number } {
  const order = marks.map((m, i) => i).sort((a, b) => marks[a].x1 - marks[b].x1);
  const rowEnds: number[] = [];
  const rows = new Array<number>(marks.length);
  for (const i of order) {
    let row = rowEnds.findIndex((end) => end + gap <= marks[i].x1);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = marks[i].x2;
    rows[i] = row;
  }
  return { rows, count: Math.max(1, rowEnds.length) };
}
