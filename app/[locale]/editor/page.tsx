import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EditorEventTable } from '@/components/editor/editor-event-table.tsx';
import { TranslationFilter } from '@/components/editor/translation-filter.tsx';
import styles from '@/components/editor/editor.module.css';
import { undoTrashAction } from '@/lib/actions/event-list.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listEventsForEditor } from '@/lib/db/events/history.ts';
import { editorListQuerySchema } from '@/lib/schemas/editor.ts';
import { CLAIM_STATUSES, PUBLICATIONS } from '@/lib/schemas/enums.ts';
import { Link } from '@/i18n/navigation.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editor.nav'))('label') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SORTS = ['updated', 'date', 'title'] as const;

export default async function EditorPage({ searchParams }: Props) {
  await requirePageAccess('events.write', '/editor');
  const query = editorListQuerySchema.parse(await searchParams);
  const trash = query.view === 'trash';
  const rows = await listEventsForEditor({
    trash,
    q: query.q,
    status: query.status,
    publication: query.publication,
    sort: query.sort,
    order: query.order,
    missingKorean: query.translation === 'missing-ko',
  });
  const t = await getTranslations('editor.list');
  const values = await getTranslations('editor.values');
  // The Undo follows a trash that worked (a refusal's notice says something else).
  const said = await getTranslations('editor.actions');
  const filtered = !!(query.q || query.status || query.publication || query.translation);
  return (
    <section>
      <h1>{trash ? t('trash') : t('events')}</h1>
      {query.saved ? (
        <p role="status" className={styles.notice}>
          {t('saved')} <Link href={`/editor/events/${query.saved}`}>{t('editAgain')}</Link> ·{' '}
          <Link href={`/events/${query.saved}`}>{t('viewPublic')}</Link> {t('publishedOnly')}
        </p>
      ) : null}
      {query.notice ? (
        <div role="status" className={`${styles.notice} ${styles.actions}`}>
          <span>{query.notice}</span>
          {query.trashed && query.notice === said('eventTrashed', { slug: query.trashed }) ? (
            <form action={undoTrashAction.bind(null, query.trashed)}>
              <button type="submit">{t('undo')}</button>
            </form>
          ) : null}
        </div>
      ) : null}
      {trash ? <p className="lede">{t('trashLede')}</p> : null}
      <form method="get" className={styles.filters} role="search" aria-label={t('events')}>
        {trash ? <input type="hidden" name="view" value="trash" /> : null}
        <div>
          <label htmlFor="list-q">{t('search')}</label>
          <input id="list-q" name="q" type="search" defaultValue={query.q ?? ''} />
        </div>
        <div>
          <label htmlFor="list-status">{t('status')}</label>
          <select id="list-status" name="status" defaultValue={query.status ?? ''}>
            <option value="">{t('any')}</option>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {values(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="list-publication">{t('publication')}</label>
          <select id="list-publication" name="publication" defaultValue={query.publication ?? ''}>
            <option value="">{t('any')}</option>
            {PUBLICATIONS.map((p) => (
              <option key={p} value={p}>
                {values(`publication.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="list-sort">{t('sortBy')}</label>
          <select id="list-sort" name="sort" defaultValue={query.sort}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="list-order">{t('order')}</label>
          <select id="list-order" name="order" defaultValue={query.order}>
            <option value="desc">{t('desc')}</option>
            <option value="asc">{t('asc')}</option>
          </select>
        </div>
        <TranslationFilter value={query.translation} />
        <button type="submit">{t('show')}</button>
        {filtered ? (
          <Link href={trash ? '/editor?view=trash' : '/editor'}>{t('clear')}</Link>
        ) : null}
      </form>
      <p className="meta" aria-live="polite">
        {t(filtered ? 'countMatch' : 'count', { count: rows.length })}
      </p>
      <EditorEventTable rows={rows} trash={trash} filtered={filtered} />
    </section>
  );
}
