import { z } from 'zod';
import { parsePartialDate, periodEnd, toIsoDate } from '../dates.ts';
import { msg, parseMsg } from '../i18n/api-messages.ts';
import { YEAR_MESSAGE, fromYear100 } from './common.ts';
import type { DatePrecision } from './enums.ts';

// The one rule for an event's dates, shared by the editor form, the JSON API and the import
// (all three parse with eventInputSchema): dates are typed in the product's own format —
// 2024, 2024-11 or 2024-11-20 — and the precision follows from what was typed.

const FORMAT: Record<DatePrecision, string> = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' };
const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** What is wrong with a typed date, in words, or null when it names a real year, month or day. */
export function eventDateProblem(label: string, value: string): string | null {
  const m = SHAPE.exec(value);
  if (!m) return msg('eventDateFormat', { label });
  if (!fromYear100(value)) return YEAR_MESSAGE;
  const [, , month, day] = m;
  if (month && (Number(month) < 1 || Number(month) > 12))
    return parseMsg('noSuchMonth', { label, value, month });
  if (day && !parsePartialDate(value)) return parseMsg('noSuchDay', { label, value });
  return null;
}

/** A typed event date (start or end): checked here, read by `resolveEventDates`. */
export const eventDate = (label: string) =>
  z
    .string({ error: msg('required', { label }) })
    .trim()
    .superRefine((v, ctx) => {
      const problem = eventDateProblem(label, v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

interface TypedDates {
  date: string;
  endDate?: string | null;
  datePrecision?: DatePrecision;
}

/** Where a typed pair of dates is wrong, as field errors (none when they are fine). */
export function eventDatesIssues(e: TypedDates): { path: string; message: string }[] {
  const start = parsePartialDate(e.date);
  if (!start) return []; // already reported on the field itself
  const issues: { path: string; message: string }[] = [];
  const typed = start.precision !== 'day';
  if (typed && e.datePrecision && e.datePrecision !== start.precision)
    issues.push({
      path: 'datePrecision',
      message: parseMsg('precisionMismatch', {
        precision: e.datePrecision,
        date: e.date,
        known: start.precision,
      }),
    });
  if (!e.endDate) return issues;
  const end = parsePartialDate(e.endDate);
  if (!end) return issues;
  if (end.precision !== start.precision)
    issues.push({
      path: 'endDate',
      message: msg('endLikeStart', { format: FORMAT[start.precision] }),
    });
  else if (+periodEnd(end.date, end.precision) < +start.date)
    issues.push({ path: 'endDate', message: msg('endBeforeStart') });
  return issues;
}

/**
 * Typed dates → what is stored: the first day of the start, the last day of the end (so
 * "2024-11 to 2024-12" runs to 31 December), and the precision the start was typed to
 * (a full day keeps the precision given, so the stored form 2024-11-01 + month reads back).
 */
export function resolveEventDates(e: TypedDates) {
  const start = parsePartialDate(e.date)!;
  const end = e.endDate ? parsePartialDate(e.endDate)! : null;
  const precision: DatePrecision =
    start.precision === 'day' ? (e.datePrecision ?? 'day') : start.precision;
  return {
    date: toIsoDate(start.date),
    endDate: end ? toIsoDate(periodEnd(end.date, end.precision)) : null,
    datePrecision: precision,
  };
}
