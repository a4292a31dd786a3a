import { pageTitle } from '@/lib/i18n/page-title.ts';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation.ts';
import { actionText } from '@/lib/i18n/action-text.ts';
import { notFound } from 'next/navigation';
import styles from '@/components/editor/editor.module.css';
import { mergeEventAction } from '@/lib/actions/merge.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { findDuplicates } from '@/lib/db/events/duplicates.ts';
import { previewMerge } from '@/lib/db/events/merge.ts';
import { getEvent } from '@/lib/db/events/reads.ts';
import { noticeOf } from '@/lib/records/form-state.ts';

export const generateMetadata = pageTitle('editor.titles', 'mergeEvent');

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.trim() : '');

/**
 * Folding this event into another: pick the survivor (likely duplicates offered first),
 * see what it will gain, confirm. Plain links and forms: it works without JavaScript.
 */
export default async function MergePage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requirePageAccess('events.write', `/editor/events/${slug}/merge`);
  const query = await searchParams;
  const into = one(query.into).slice(0, 200);
  const event = await getEvent(slug, { canSeeDrafts: true });
  if (!event) notFound();
  const [candidates] = await findDuplicates([
    {
      title: event.title,
      date: event.date,
      actors: event.actors.map((a) => a.code),
      slug,
    },
  ]);
  const t = await getTranslations('editor.merge');
  const { message } = await actionText();
  let preview: Awaited<ReturnType<typeof previewMerge>> | null = null;
  let problem = one(query.notice).slice(0, 300);
  if (into) {
    try {
      preview = await previewMerge(slug, into);
    } catch (err) {
      problem = noticeOf(err, message);
    }
  }
  return (
    <section>
      <h1>{t('title', { title: event.title })}</h1>
      <p className="lede">
        {t.rich('lede', { path: `/events/${slug}`, code: (chunks) => <code>{chunks}</code> })}
      </p>
      {problem ? (
        <p role="alert" className="error-text">
          {problem}
        </p>
      ) : null}
      <h2>{t('step1')}</h2>
      {candidates.length ? (
        <>
          <p>{t('likely')}</p>
          <ul>
            {candidates.map((c) => (
              <li key={c.slug}>
                <Link href={`/editor/events/${slug}/merge?into=${encodeURIComponent(c.slug)}`}>
                  {t('into', { title: c.title })}
                </Link>{' '}
                {t('when', { date: c.date, draft: String(c.draft) })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('noLikely')}</p>
      )}
      <form method="get" className={styles.actions}>
        <label htmlFor="merge-into">{t('slug')}</label>
        <input id="merge-into" name="into" defaultValue={into} required />
        <button type="submit">{t('preview')}</button>
      </form>
      {preview ? (
        <>
          <h2>{t('step2', { title: preview.survivor.title })}</h2>
          <p>
            {t('survivor')}{' '}
            <Link href={`/editor/events/${preview.survivor.slug}`}>{preview.survivor.title}</Link>{' '}
            {t('survivorDetail', {
              date: preview.survivor.date,
              version: preview.survivor.version,
            })}
          </p>
          <dl className="facts">
            <dt>{t('actors')}</dt>
            <dd>{preview.gains.actors.join(', ') || t('noneNew')}</dd>
            <dt>{t('tags')}</dt>
            <dd>{preview.gains.tags.join(', ') || t('noneNew')}</dd>
            <dt>{t('sources')}</dt>
            <dd>{preview.gains.sources.join('; ') || t('noneNew')}</dd>
            <dt>{t('quotes')}</dt>
            <dd>
              {preview.gains.quotes.length ? (
                <ul>
                  {preview.gains.quotes.map((q, i) => (
                    <li key={i}>{q}</li>
                  ))}
                </ul>
              ) : (
                t('none')
              )}
            </dd>
          </dl>
          <h2>{t('step3')}</h2>
          <form action={mergeEventAction.bind(null, slug, preview.survivor.slug)}>
            <button type="submit">{t('confirm', { slug, into: preview.survivor.slug })}</button>{' '}
            <Link href={`/editor/events/${slug}`}>{t('cancel')}</Link>
          </form>
        </>
      ) : null}
    </section>
  );
}
