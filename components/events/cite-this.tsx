import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/i18n/routing.ts';
import { formatCitation, type CitableEvent } from '@/lib/citation/build.ts';
import styles from './cite.module.css';

const FORMATS = [
  { format: 'bibtex', label: 'BibTeX' },
  { format: 'ris', label: 'RIS' },
  { format: 'csl-json', label: 'CSL-JSON' },
] as const;

/**
 * "Cite this": the event at the revision shown, as a ready citation with its permanent link,
 * and downloads of that citation and of the event's sources for citation managers.
 */
export function CiteThis(props: { citable: CitableEvent; origin: string; accessed: string }) {
  const t = useTranslations('events.cite');
  const locale = useLocale();
  const { citable, origin, accessed } = props;
  const { slug } = citable.event;
  const permalinkPath = localizedPath(
    locale,
    `/events/${encodeURIComponent(slug)}?rev=${citable.revision}`,
  );
  const download = (format: string, of: 'event' | 'sources') =>
    `/api/events/${encodeURIComponent(slug)}/citation?format=${format}&of=${of}&rev=${citable.revision}`;
  return (
    <section className="card" aria-labelledby="cite-heading">
      <h2 id="cite-heading">{t('heading')}</h2>
      <p className={styles.citation} data-testid="citation">
        {locale === 'en'
          ? formatCitation(citable, origin, accessed)
          : t('citation', {
              title: citable.event.titleKo || citable.event.title,
              revision: String(citable.revision),
              date: citable.revisedAt.slice(0, 10),
              url: `${origin}${permalinkPath}`,
              accessed,
            })}
      </p>
      <p className="meta">
        {t('permalink')}{' '}
        <a href={permalinkPath} rel="bookmark">
          {`${origin}${permalinkPath}`}
        </a>
      </p>
      <h3>{t('download')}</h3>
      <ul className={styles.downloads} aria-label={t('eventCitation')}>
        <li>{t('thisEvent')}</li>
        {FORMATS.map((f) => (
          <li key={f.format}>
            <a href={download(f.format, 'event')} download>
              {f.label}
            </a>
          </li>
        ))}
      </ul>
      {citable.event.sources.length ? (
        <ul className={styles.downloads} aria-label={t('sourcesCitation')}>
          <li>{t('itsSources')}</li>
          {FORMATS.map((f) => (
            <li key={f.format}>
              <a href={download(f.format, 'sources')} download>
                {f.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
