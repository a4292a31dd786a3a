import { useLocale, useTranslations } from 'next-intl';
import { term, type Terms } from '@/components/ui/terms.ts';
import { Link } from '@/i18n/navigation.ts';
import { Translated } from '@/components/i18n/translated.tsx';
import type { EventLinkLine } from '@/lib/shapes/event.ts';
import { EVENT_LINK_KINDS } from '@/lib/schemas/enums.ts';
import { formatDate, parsePartialDate } from '@/lib/dates.ts';

/** One group of links: "Responds to", "Responses", "Follows from", "Led to". */
function groupsOf(links: EventLinkLine[], terms: Terms) {
  return (['out', 'in'] as const)
    .flatMap((direction) =>
      EVENT_LINK_KINDS.map((kind) => ({
        key: `${kind}-${direction}`,
        heading: term(terms, direction === 'out' ? 'eventLink' : 'eventLinkInverse', kind),
        links: links.filter((l) => l.kind === kind && l.direction === direction),
      })),
    )
    .filter((g) => g.links.length);
}

/** The events this one responds to or follows from, and those that respond to it. */
export function EventLinks({ links }: { links: EventLinkLine[] }) {
  const t = useTranslations('events.links');
  const terms = useTranslations('terms');
  const locale = useLocale();
  if (!links.length) return null;
  return (
    <section className="card" aria-labelledby="links-heading">
      <h2 id="links-heading">{t('heading')}</h2>
      {groupsOf(links, terms).map((g) => (
        <div key={g.key}>
          <h3 id={`links-${g.key}`}>{g.heading}</h3>
          <ul className="sources" aria-labelledby={`links-${g.key}`}>
            {g.links.map((l) => (
              <li key={l.id}>
                <Link href={`/events/${l.other.slug}`}>
                  <Translated record={l.other} field="title" />
                </Link>{' '}
                <span className="meta">
                  <time dateTime={l.other.date}>
                    {formatDate(
                      parsePartialDate(l.other.date)!.date,
                      l.other.datePrecision,
                      locale,
                    )}
                  </time>
                </span>
                {l.note ? <div className="meta">{l.note}</div> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
