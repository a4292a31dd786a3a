import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { StatusBadge } from '@/components/ui/status-badge.tsx';
import { ActorChips } from './actor-chips.tsx';
import type { EventSummary } from '@/lib/shapes/event.ts';
import { EventDate } from '@/components/events/event-date.tsx';

export function EventList({ events }: { events: EventSummary[] }) {
  const t = useTranslations('events');
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
            {e.title}
          </Link>
          <ActorChips actors={e.actors} label={t('actorsIn', { title: e.title })} />
        </li>
      ))}
    </ul>
  );
}
