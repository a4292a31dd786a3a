import { parsePartialDate, periodEnd, toIsoDate } from '../dates.ts';
import type { EventDto } from '../shapes/event.ts';

// An event as it was publicly known on a day (pure; the SQL twin is lib/db/events/as-of.ts):
// only the sources published by then (a source dated to a month or a year counts from the
// period's last day), the status changes in force by then and the status they leave, the
// quotes said by then. Null when nothing about the event was public yet.

/** The last day of a partial date ('2024-10' → '2024-10-31'); null when there is none. */
export function lastDayOf(value: string | null): string | null {
  const parsed = value ? parsePartialDate(value) : null;
  return parsed ? toIsoDate(periodEnd(parsed.date, parsed.precision)) : null;
}

/** Whether something dated `value` (partial) was out by `asOf`; undated things count as out. */
const outBy = (value: string | null, asOf: string) => {
  const end = lastDayOf(value);
  return end === null || end <= asOf;
};

/** The day an event became public: its first dated source, else its own date. */
export function knownOn(event: Pick<EventDto, 'sources' | 'date'>): string {
  const days = event.sources.flatMap((s) => lastDayOf(s.publishedAt) ?? []).sort();
  return days[0] ?? event.date;
}

export function eventAsOf(event: EventDto, asOf: string): EventDto | null {
  if (knownOn(event) > asOf) return null;
  const history = event.statusHistory.filter((c) => (c.effectiveDate ?? c.at.slice(0, 10)) <= asOf);
  return {
    ...event,
    status: history.at(-1)?.to ?? 'reported',
    statusHistory: history,
    sources: event.sources.filter((s) => s.publishedAt !== null && outBy(s.publishedAt, asOf)),
    quotes: event.quotes.filter((q) => outBy(q.date, asOf)),
  };
}
