import { useLocale } from 'next-intl';
import { formatDateRange } from '@/lib/dates.ts';
import type { EventSummary } from '@/lib/shapes/event.ts';

type Dated = Pick<EventSummary, 'date' | 'endDate' | 'datePrecision'>;

/** When an event happened, as precisely as it is known, machine-readable too. */
export function EventDate({ event }: { event: Dated }) {
  const locale = useLocale();
  return (
    <time dateTime={event.date}>
      {formatDateRange(
        new Date(event.date),
        event.endDate ? new Date(event.endDate) : null,
        event.datePrecision,
        locale,
      )}
    </time>
  );
}
