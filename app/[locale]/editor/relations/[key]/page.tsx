import { formatTimestamp } from '@/lib/dates.ts';
import { getLocale, getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title.ts';
import { notFound } from 'next/navigation';
import { RelationForm } from '@/components/editor/relation-form.tsx';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { getRelation } from '@/lib/db/relations/reads.ts';
import { listRelationRevisions } from '@/lib/db/relations/history.ts';

export const generateMetadata = pageTitle('editor.titles', 'editRelation');

export default async function EditRelationPage({ params }: { params: Promise<{ key: string }> }) {
  const key = decodeURIComponent((await params).key);
  await requirePageAccess('relations.write', `/editor/relations/${encodeURIComponent(key)}`);
  const [relation, revisions] = await Promise.all([getRelation(key), listRelationRevisions(key)]);
  if (!relation) notFound();
  const t = await getTranslations('editor.relations');
  const h = await getTranslations('editor.history');
  const locale = await getLocale();
  const values = {
    key: relation.key ?? '',
    version: String(relation.version),
    title: relation.title,
    a: relation.a,
    b: relation.b,
    kind: relation.kind,
    status: relation.status,
    start: relation.start,
    end: relation.end ?? '',
    notes: relation.notes ?? '',
    sourceUrls: relation.sources.flatMap((s) => (s.url ? [s.url] : [])).join('\n'),
    eventSlugs: relation.events.map((e) => e.slug).join('\n'),
    // Edited as JSON lists; empty when there are none (a save keeps them as written here).
    obligations: relation.obligations.length ? JSON.stringify(relation.obligations, null, 2) : '',
    designations: relation.designations.length
      ? JSON.stringify(relation.designations, null, 2)
      : '',
  };
  return (
    <section>
      <h1>{t('editTitle')}</h1>
      <RelationForm initial={{ values }} />
      <h2>{t('history')}</h2>
      <ol reversed data-testid="relation-history">
        {revisions.map((r) => (
          <li key={r.version}>
            {t('revision', {
              version: r.version,
              action: h(`action.${r.action}`),
              author: r.author ?? h('noAuthor'),
            })}{' '}
            <time dateTime={r.at}>{h('at', { at: formatTimestamp(new Date(r.at), locale) })}</time>
            {r.changed.length && r.action !== 'create'
              ? t('changed', { fields: r.changed.join(', ') })
              : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
