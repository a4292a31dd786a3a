import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { TranslatedSummary } from '@/components/events/translated-summary.tsx';
import { ActorName, Translated } from '@/components/i18n/translated.tsx';
import { QuoteList } from '@/components/events/quote-list.tsx';
import { SourceList } from '@/components/events/source-list.tsx';
import { StatusBadge } from '@/components/ui/status-badge.tsx';
import styles from './panel.module.css';
import { QueryLink } from './query-link.tsx';
import type { EventDto } from '@/lib/shapes/event.ts';
import { EventDate } from '@/components/events/event-date.tsx';

/** The selected event beside the timeline, with its sources and quotes. */
export function EventPanel({ event }: { event: EventDto }) {
  const t = useTranslations('timeline.panel');
  return (
    <aside className={styles.panel} aria-labelledby="panel-heading" data-panel-slug={event.slug}>
      <div className={styles.head}>
        {/* Focusable, so Enter on a mark can move the reader here (Escape goes back). */}
        <h2 id="panel-heading" tabIndex={-1}>
          <Translated record={event} field="title" />
        </h2>
        <QueryLink
          remove={['event', 'focus', 'story']}
          aria-label={t('close')}
          className={styles.close}
        >
          ✕
        </QueryLink>
      </div>
      <div className="meta">
        <EventDate event={event} />
        <StatusBadge status={event.status} />
      </div>
      <TranslatedSummary event={event} />
      <p className={styles.actors}>
        {t('actors')}{' '}
        {event.actors.map((a, i) => (
          <span key={a.code}>
            {i ? ', ' : ''}
            <Link href={`/actors/${encodeURIComponent(a.code)}`}>
              <ActorName actor={a} />
            </Link>
          </span>
        ))}
      </p>
      <p>
        <Link href={`/events/${event.slug}`}>{t('open')}</Link>
      </p>
      <h3>{t('sources')}</h3>
      <SourceList sources={event.sources} />
      <h3>{t('quotes')}</h3>
      <QuoteList quotes={event.quotes} />
    </aside>
  );
}
