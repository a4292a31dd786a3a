import { pageTitle } from '@/lib/i18n/page-title.ts';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import styles from '@/components/editor/editor.module.css';
import { RevisionHistory } from '@/components/editor/revision-history.tsx';
import { revertEventAction } from '@/lib/actions/events.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listEventRevisions } from '@/lib/db/events/history.ts';
import { unmergeEventAction } from '@/lib/actions/merge.ts';
import { listMergedInto, mergedTarget } from '@/lib/db/events/merge.ts';
import { Link } from '@/i18n/navigation.ts';
import { EVENT_PLAIN_FIELDS } from '@/lib/schemas/event.ts';

export const generateMetadata = pageTitle('editor.titles', 'eventHistory');

/** An event's fields as its revisions name them (lib/events/event-input.ts). */
const EVENT_FIELDS = [
  ...EVENT_PLAIN_FIELDS.filter((f) => f !== 'statusReason'),
  'location',
  'actors',
  'tags',
  'sources',
  'quotes',
];

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ notice?: string }> };

export default async function HistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requirePageAccess('events.write', `/editor/events/${slug}/history`);
  const { notice } = await searchParams;
  const [revisions, merged, survivor] = await Promise.all([
    listEventRevisions(slug),
    listMergedInto(slug),
    mergedTarget(slug, { canSeeDrafts: true }),
  ]);
  if (!revisions) notFound();
  const t = await getTranslations('editor.eventHistory');
  const fields = await getTranslations('editor.eventFields');
  return (
    <section>
      <h1>{t('title', { slug })}</h1>
      <p className="meta">
        <Link href={`/editor/events/${slug}`}>{t('edit')}</Link>
      </p>
      {typeof notice === 'string' ? (
        <p role="status" className={styles.notice}>
          {notice.slice(0, 300)}
        </p>
      ) : null}
      {survivor ? (
        <p className={styles.notice}>
          {t.rich('mergedInto', {
            survivor,
            link: (chunks) => <Link href={`/editor/events/${survivor}/history`}>{chunks}</Link>,
          })}
        </p>
      ) : null}
      {merged.length ? (
        <section aria-labelledby="merged-heading">
          <h2 id="merged-heading">{t('mergedHere')}</h2>
          <ul>
            {merged.map((m) => (
              <li key={m.slug}>
                <form
                  action={unmergeEventAction.bind(null, m.slug, slug)}
                  className={styles.actions}
                >
                  <span>
                    “{m.title}” (<code>{m.slug}</code>)
                  </span>
                  <button type="submit" className="secondary">
                    {t('unmerge', { slug: m.slug })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RevisionHistory
        entries={revisions}
        labels={Object.fromEntries(EVENT_FIELDS.map((f) => [f, fields(f)]))}
        revertFor={(version) => revertEventAction.bind(null, slug, version)}
      />
    </section>
  );
}
