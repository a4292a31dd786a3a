import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { StatusBadge } from '@/components/ui/status-badge.tsx';
import { ActorChips } from './actor-chips.tsx';
import type { EventSummary } from '@/lib/shapes/event.ts';
import { EventDate } from '@/components/events/event-date.tsx';
import { Translated, useTranslatedText } from '@/components/i18n/translated.tsx';

export function EventList({ events }: { events: EventSummary[] }) {
  const t = useTranslations('events');
  const text = useTranslatedText();
  if (!events.length) return <p className="empty">{t('noEvents')}</p>;
  return (
    <ul className="event-list">
      {events.map((e) => (
        <li key={e.slug}>
          <div className="meta">
            <EventDate event={e} />
            <StatusBadge status={e.status} />
          </div>
          <Link className="title" href={`/events/${e.slug}`}>
            <Translated record={e} field="title" />
          </Link>
          <ActorChips actors={e.actors} label={t('actorsIn', { title: text(e, 'title') })} />
        </li>
      ))}
    </ul>
  );
}
