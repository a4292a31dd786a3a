import { formatPartialDate } from '@/lib/dates.ts';
import { useLocale, useTranslations } from 'next-intl';
import { term } from '@/components/ui/terms.ts';
import { gradeCode } from '@/lib/events/grade.ts';
import type { EventDto } from '@/lib/shapes/event.ts';

type Source = EventDto['sources'][number];

/**
 * Sources with their Admiralty grade (reliability letter, credibility digit), in words too
 * (a source nobody has graded yet says so), and the newest archived copy of each URL we
 * keep (`archived`, by URL), if any.
 */
export function SourceList({
  sources,
  archived = {},
}: {
  sources: Source[];
  archived?: Record<string, { id: number; retrievedAt: string }>;
}) {
  const t = useTranslations('events.sourceList');
  const terms = useTranslations('terms');
  const locale = useLocale();
  // The grade in words: "source usually reliable; information probably true".
  const gradeWords = (reliability: string | null, credibility?: number | null) => {
    const source = reliability
      ? t('sourceGrade', { words: term(terms, 'reliability', reliability) })
      : t('sourceNotGraded');
    if (credibility === undefined) return source;
    const information =
      credibility === null
        ? t('infoNotGraded')
        : t('infoGrade', { words: term(terms, 'credibility', credibility) });
    return `${source}; ${information}`;
  };
  if (!sources.length) return <p className="empty">{t('none')}</p>;
  return (
    <ol className="sources">
      {sources.map((s) => {
        const code = gradeCode(s.reliability, s.credibility);
        const graded = code !== gradeCode(null, null);
        const words = gradeWords(s.reliability, s.credibility);
        return (
          <li key={s.key ?? s.title}>
            <span className="grade" title={words}>
              {code}
            </span>{' '}
            {s.primary ? <strong className="primary-source">{t('primary')}</strong> : null}
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
                {s.title}
                <span className="sr-only">{t('newTab')}</span>
              </a>
            ) : (
              <span>{s.title}</span>
            )}
            {s.archiveUrl ? (
              <>
                {' · '}
                <a href={s.archiveUrl} rel="noopener noreferrer nofollow">
                  {t('webArchive')}
                </a>
              </>
            ) : null}
            {s.url && archived[s.url] ? (
              <>
                {' · '}
                <a href={`/archive/${archived[s.url].id}`}>
                  {t('archived', { date: archived[s.url].retrievedAt.slice(0, 10) })}
                </a>
              </>
            ) : null}
            <div className="meta">
              <span>{s.publisher}</span>
              <span>{formatPartialDate(s.publishedAt, locale)}</span>
              <span>
                {graded ? t('grade', { code }) : terms('notGraded')}: {words}
              </span>
              {s.titleIsDescriptive ? <span>{t('descriptive')}</span> : null}
              {s.gradeReason && s.reliability ? (
                <span>{t('graded', { grade: s.reliability, reason: s.gradeReason })}</span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
