import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { LocalizedText } from '@/components/ui/localized-text.tsx';
import { StatusBadge } from '@/components/ui/status-badge.tsx';
import { kindLabel, term } from '@/components/ui/terms.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import { localized, type Locale, type Localized } from '@/lib/i18n/localized.ts';
import styles from './alliances.module.css';
import type { AllianceEdge } from '@/lib/shapes/alliances.ts';

interface Props {
  edge: AllianceEdge;
  /** Short names in the page's language, by code. */
  names: Record<string, Localized>;
  /** Full names (with their long forms), shown under the heading. */
  fullNames?: Record<string, string>;
  events: { slug: string; title: string; titleKo?: string | null; date: string; status: string }[];
  from: string;
  at: string;
}

/**
 * What lies behind one edge: the relations in force and the events naming both actors.
 * Relation titles, notes and obligations are content with no Korean twin: marked English.
 */
export function EdgePanel({ edge, names, fullNames, events, from, at }: Props) {
  const t = useTranslations('alliances.panel');
  const common = useTranslations('common');
  const terms = useTranslations('terms');
  const locale = useLocale() as Locale;
  const date = (d: string) => formatPartialDate(d, locale);
  const name = (code: string) =>
    names[code] ? (
      <LocalizedText value={names[code]} missingLabel={common('notTranslated')} />
    ) : (
      code
    );
  return (
    <section className="card" aria-labelledby="edge-heading" data-testid="edge-panel">
      <h2 id="edge-heading">
        {name(edge.a)} – {name(edge.b)}
      </h2>
      {fullNames &&
      // Only where the full names say more than the heading (Korean names have no long form).
      [edge.a, edge.b].some((c) => fullNames[c] && fullNames[c] !== names[c]?.text) ? (
        <p className="meta">
          {t('fullNames', { a: fullNames[edge.a] ?? edge.a, b: fullNames[edge.b] ?? edge.b })}
        </p>
      ) : null}
      <h3>{t('relationsOn', { date: date(at) })}</h3>
      {edge.relations.length ? (
        edge.relations.map((r) => (
          <div key={r.key ?? r.title} className={styles.relation}>
            <strong lang="en">{r.title}</strong> <StatusBadge status={r.status} />
            <div className="meta">
              {r.end
                ? t('sinceTo', {
                    kind: kindLabel(terms, r.kind),
                    from: date(r.start),
                    to: date(r.end),
                  })
                : t('since', { kind: kindLabel(terms, r.kind), from: date(r.start) })}
            </div>
            {r.notes ? <p lang="en">{r.notes}</p> : null}
            {r.obligations.length ? (
              <>
                <h4>{t('obliges')}</h4>
                <ul className={styles.obligations} data-testid="obligations">
                  {r.obligations.map((o) => (
                    <li key={`${o.article}-${o.type}`}>
                      <strong>{term(terms, 'obligation', o.type)}</strong> (
                      <span lang="en">{o.article}</span>): <span lang="en">{o.summary}</span>
                      {o.quote ? <q lang="en">{o.quote}</q> : null}{' '}
                      <a href={o.sourceUrl} rel="noopener noreferrer nofollow">
                        {t('source')}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {r.designations.length ? (
              <>
                <h4>{t('designations')}</h4>
                <ul className={styles.obligations} data-testid="designations">
                  {r.designations.map((d) => (
                    <li key={`${d.party}-${d.listedOn}`}>
                      {t('listed', {
                        party: d.party,
                        authority: d.authority,
                        programme: d.programme,
                        date: date(d.listedOn),
                      })}{' '}
                      (
                      <a href={d.legalActUrl} rel="noopener noreferrer nofollow">
                        {t('legalAct')}
                      </a>
                      )
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <ul className={styles.linkList}>
              {r.sources.map((s) => (
                <li key={s.title} lang="en">
                  {s.url ? (
                    <a href={s.url} rel="noopener noreferrer nofollow">
                      {s.title}
                    </a>
                  ) : (
                    s.title
                  )}{' '}
                  <span className="meta">({s.publisher})</span>
                </li>
              ))}
            </ul>
          </div>
        ))
      ) : (
        <p className="empty">{t('noRelation')}</p>
      )}
      <h3>{t('eventsBetween', { from: date(from), to: date(at) })}</h3>
      {events.length ? (
        <ul className={styles.linkList}>
          {events.map((e) => (
            <li key={e.slug}>
              <Link href={`/events/${e.slug}`}>
                <LocalizedText
                  value={localized(e, 'title', locale)}
                  missingLabel={common('notTranslated')}
                />
              </Link>{' '}
              <span className="meta">{date(e.date)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('noEvents')}</p>
      )}
    </section>
  );
}
