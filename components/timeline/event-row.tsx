import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { ActorChips } from '@/components/events/actor-chips.tsx';
import { NotTranslatedMark } from '@/components/ui/localized-text.tsx';
import { StatusBadge } from '@/components/ui/status-badge.tsx';
import type { Segment } from '@/lib/timeline/highlight.ts';
import type { EventSummary } from '@/lib/shapes/event.ts';
import { EventDate } from '@/components/events/event-date.tsx';
import { Translated, useTranslatedText } from '@/components/i18n/translated.tsx';

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) =>
    s.isMatch ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
  );
}

/** One event of a list: date, status, a link showing it on the timeline, title (search matches marked), actors. */
export function EventRowContent({
  event: e,
  selectHref,
}: {
  event: EventSummary;
  selectHref: string;
}) {
  const t = useTranslations('timeline.row');
  const common = useTranslations('common');
  const text = useTranslatedText();
  const korean = useLocale() === 'ko';
  // A Korean title has no search marks (the matches are found in the English).
  const marked = e.highlight && !(korean && e.titleKo?.trim());
  return (
    <>
      <div className="meta">
        <EventDate event={e} />
        <StatusBadge status={e.status} />
        <Link
          href={selectHref}
          scroll={false}
          prefetch={false}
          aria-label={t('showLabel', { title: text(e, 'title') })}
        >
          {t('show')}
        </Link>
      </div>
      <Link className="title" href={`/events/${e.slug}`} prefetch={false}>
        {marked ? (
          <>
            <span lang={korean ? 'en' : undefined}>
              <Marked segments={e.highlight!.title} />
            </span>
            {korean ? <NotTranslatedMark label={common('notTranslated')} /> : null}
          </>
        ) : (
          <Translated record={e} field="title" />
        )}
      </Link>
      {e.highlight?.summary.some((s) => s.isMatch) ? (
        <p className="snippet">
          <Marked segments={e.highlight.summary} />
        </p>
      ) : null}
      {e.highlight?.quote ? (
        <blockquote className="snippet" data-testid="quote-hit">
          “<Marked segments={e.highlight.quote.text} />” — {e.highlight.quote.speaker}
        </blockquote>
      ) : null}
      <ActorChips actors={e.actors} label={t('actorsIn', { title: text(e, 'title') })} />
    </>
  );
}

/** A short list of events drawn whole (an actor's latest); the timeline's own list is virtualised. */
export function EventRows({
  items,
  selectHref,
}: {
  items: EventSummary[];
  selectHref: (slug: string) => string;
}) {
  if (!items.length) return <p className="empty">No events match these filters.</p>;
  return (
    <ul className="event-list">
      {items.map((e) => (
        <li key={e.slug}>
          <EventRowContent event={e} selectHref={selectHref(e.slug)} />
        </li>
      ))}
    </ul>
  );
}
