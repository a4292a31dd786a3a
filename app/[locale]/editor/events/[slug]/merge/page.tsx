import { pageTitle } from '@/lib/i18n/page-title.ts';
import Link from 'next/link';
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
  let preview: Awaited<ReturnType<typeof previewMerge>> | null = null;
  let problem = one(query.notice).slice(0, 300);
  if (into) {
    try {
      preview = await previewMerge(slug, into);
    } catch (err) {
      problem = noticeOf(err);
    }
  }
  return (
    <section>
      <h1>Merge “{event.title}”</h1>
      <p className="lede">
        Fold this event into another that reports the same thing. The other event (the survivor)
        gains this one’s actors, tags, sources and quotes; this event goes to the trash and its
        address, <code>/events/{slug}</code>, redirects to the survivor. Both histories are kept,
        and the merge can be undone from the survivor’s history.
      </p>
      {problem ? (
        <p role="alert" className="error-text">
          {problem}
        </p>
      ) : null}
      <h2>1. Pick the survivor</h2>
      {candidates.length ? (
        <>
          <p>Likely duplicates of this event:</p>
          <ul>
            {candidates.map((c) => (
              <li key={c.slug}>
                <Link href={`/editor/events/${slug}/merge?into=${encodeURIComponent(c.slug)}`}>
                  Merge into “{c.title}”
                </Link>{' '}
                ({c.date}
                {c.draft ? ', draft' : ''})
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No likely duplicates found; name the survivor by its slug.</p>
      )}
      <form method="get" className={styles.actions}>
        <label htmlFor="merge-into">Survivor’s slug</label>
        <input id="merge-into" name="into" defaultValue={into} required />
        <button type="submit">Preview the merge</button>
      </form>
      {preview ? (
        <>
          <h2>2. What “{preview.survivor.title}” gains</h2>
          <p>
            Survivor:{' '}
            <Link href={`/editor/events/${preview.survivor.slug}`}>{preview.survivor.title}</Link> (
            {preview.survivor.date}, version {preview.survivor.version}). Its own fields (title,
            date, summary, status) stay as they are.
          </p>
          <dl className="facts">
            <dt>Actors</dt>
            <dd>{preview.gains.actors.join(', ') || 'none new'}</dd>
            <dt>Tags</dt>
            <dd>{preview.gains.tags.join(', ') || 'none new'}</dd>
            <dt>Sources</dt>
            <dd>{preview.gains.sources.join('; ') || 'none new'}</dd>
            <dt>Quotes</dt>
            <dd>
              {preview.gains.quotes.length ? (
                <ul>
                  {preview.gains.quotes.map((q, i) => (
                    <li key={i}>{q}</li>
                  ))}
                </ul>
              ) : (
                'none'
              )}
            </dd>
          </dl>
          <h2>3. Confirm</h2>
          <form action={mergeEventAction.bind(null, slug, preview.survivor.slug)}>
            <button type="submit">
              Merge “{slug}” into “{preview.survivor.slug}”
            </button>{' '}
            <Link href={`/editor/events/${slug}`}>Cancel</Link>
          </form>
        </>
      ) : null}
    </section>
  );
}
