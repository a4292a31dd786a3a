import type { Metadata } from 'next';
import Link from 'next/link';
import { EditorEventTable } from '@/components/editor/editor-event-table.tsx';
import { TranslationFilter } from '@/components/editor/translation-filter.tsx';
import styles from '@/components/editor/editor.module.css';
import { undoTrashAction } from '@/lib/actions/event-list.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listEventsForEditor } from '@/lib/db/events/history.ts';
import { editorListQuerySchema } from '@/lib/schemas/editor.ts';
import { CLAIM_STATUSES, PUBLICATIONS } from '@/lib/schemas/enums.ts';

export const metadata: Metadata = { title: 'Editor' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SORTS = [
  { value: 'updated', label: 'Last edited' },
  { value: 'date', label: 'Event date' },
  { value: 'title', label: 'Title' },
];

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
  const filtered = !!(query.q || query.status || query.publication || query.translation);
  return (
    <section>
      <h1>{trash ? 'Trash' : 'Events'}</h1>
      {query.saved ? (
        <p role="status" className={styles.notice}>
          Saved. <Link href={`/editor/events/${query.saved}`}>Edit again</Link> ·{' '}
          <Link href={`/events/${query.saved}`}>View public page</Link> (published events only)
        </p>
      ) : null}
      {query.notice ? (
        <div role="status" className={`${styles.notice} ${styles.actions}`}>
          <span>{query.notice}</span>
          {query.trashed && query.notice.startsWith('Moved') ? (
            <form action={undoTrashAction.bind(null, query.trashed)}>
              <button type="submit">Undo</button>
            </form>
          ) : null}
        </div>
      ) : null}
      {trash ? (
        <p className="lede">
          Trashed events are hidden from readers and kept with their history. Restore brings one
          back as it was.
        </p>
      ) : null}
      <form method="get" className={styles.filters} role="search" aria-label="Events">
        {trash ? <input type="hidden" name="view" value="trash" /> : null}
        <div>
          <label htmlFor="list-q">Search</label>
          <input id="list-q" name="q" type="search" defaultValue={query.q ?? ''} />
        </div>
        <div>
          <label htmlFor="list-status">Status</label>
          <select id="list-status" name="status" defaultValue={query.status ?? ''}>
            <option value="">Any</option>
            {CLAIM_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="list-publication">Publication</label>
          <select id="list-publication" name="publication" defaultValue={query.publication ?? ''}>
            <option value="">Any</option>
            {PUBLICATIONS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="list-sort">Sort by</label>
          <select id="list-sort" name="sort" defaultValue={query.sort}>
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="list-order">Order</label>
          <select id="list-order" name="order" defaultValue={query.order}>
            <option value="desc">Newest (Z) first</option>
            <option value="asc">Oldest (A) first</option>
          </select>
        </div>
        <TranslationFilter value={query.translation} />
        <button type="submit">Show</button>
        {filtered ? <Link href={trash ? '/editor?view=trash' : '/editor'}>Clear</Link> : null}
      </form>
      <p className="meta" aria-live="polite">
        {rows.length} event{rows.length === 1 ? '' : 's'}
        {filtered ? ' match' : ''}
      </p>
      <EditorEventTable rows={rows} trash={trash} filtered={filtered} />
    </section>
  );
}
