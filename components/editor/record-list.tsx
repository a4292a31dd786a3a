import Link from 'next/link';
import { RECORD_META, type RecordKind } from '@/lib/records/kinds.ts';
import type { RecordListQuery } from '@/lib/schemas/editor.ts';
import styles from './editor.module.css';
import type { RecordListRow } from '@/lib/shapes/records.ts';

type TrashAction = (key: string, trash: boolean, form: FormData) => Promise<void>;

interface Props {
  kind: RecordKind;
  query: RecordListQuery;
  list: { rows: RecordListRow[]; total: number; pages: number };
  trashAction: TrashAction;
}

/** A kind's records (or its trash) for editors: search, pages, and what each row allows. */
export function RecordList({ kind, query, list, trashAction }: Props) {
  const { plural, noun, segment, filter } = RECORD_META[kind];
  const trash = query.view === 'trash';
  const base = `/editor/${segment}`;
  const pageHref = (page: number) =>
    `${base}?${new URLSearchParams({ ...(trash && { view: 'trash' }), ...(query.q && { q: query.q }), ...(query.filter && { filter: query.filter }), page: String(page) })}`;
  return (
    <section>
      <h1>{trash ? `Trashed ${plural.toLowerCase()}` : plural}</h1>
      {query.saved ? (
        <p role="status" className={styles.notice}>
          Saved. <Link href={`${base}/${encodeURIComponent(query.saved)}`}>Edit again</Link> ·{' '}
          <Link href={`${base}/${encodeURIComponent(query.saved)}/history`}>History</Link>
        </p>
      ) : null}
      {query.notice ? (
        <p role="status" className={styles.notice}>
          {query.notice}
        </p>
      ) : null}
      <p className="meta">
        <Link href={`${base}/new`}>New {noun}</Link> ·{' '}
        {trash ? (
          <Link href={base}>{plural} in use</Link>
        ) : (
          <Link href={`${base}?view=trash`}>Trash</Link>
        )}
      </p>
      {trash ? (
        <p className="lede">
          Trashed {plural.toLowerCase()} are hidden from readers and kept with their history.
          Restore brings one back as it was.
        </p>
      ) : null}
      <form role="search" method="get" action={base} className={styles.actions}>
        {trash ? <input type="hidden" name="view" value="trash" /> : null}
        <label htmlFor="record-search">Search {plural.toLowerCase()}</label>
        <input id="record-search" name="q" type="search" defaultValue={query.q ?? ''} />
        {filter ? (
          <>
            <label htmlFor="record-filter">{filter.label}</label>
            <select id="record-filter" name="filter" defaultValue={query.filter ?? ''}>
              <option value="">any</option>
              {filter.options.map((o) => (
                <option key={o} value={o}>
                  {o.replace('_', ' ')}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <button type="submit" className="secondary">
          Search
        </button>
      </form>
      <p className="meta">
        {list.total} {list.total === 1 ? noun : plural.toLowerCase()}
        {query.q ? ` matching “${query.q}”` : ''}
        {filter && query.filter ? ` with ${filter.label.toLowerCase()} ${query.filter}` : ''}
        {list.pages > 1 ? ` · page ${query.page} of ${list.pages}` : ''}
      </p>
      {list.rows.length ? (
        <div className={styles.wrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">
              {trash ? `Trashed ${plural.toLowerCase()}` : plural}
            </caption>
            <thead>
              <tr>
                <th scope="col">{noun[0].toUpperCase() + noun.slice(1)}</th>
                <th scope="col">Details</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">
                    {trash ? (
                      r.title
                    ) : (
                      <Link href={`${base}/${encodeURIComponent(r.key)}`}>{r.title}</Link>
                    )}
                  </th>
                  <td>{r.detail}</td>
                  <td className={styles.actions}>
                    <Link
                      href={`${base}/${encodeURIComponent(r.key)}/history`}
                      aria-label={`History of ${r.title}`}
                    >
                      History
                    </Link>
                    <form action={trashAction.bind(null, r.key, !trash)}>
                      <button
                        type="submit"
                        className={trash ? undefined : 'secondary'}
                        aria-label={`${trash ? 'Restore' : 'Move to the trash:'} ${r.title}`}
                      >
                        {trash ? 'Restore' : 'Trash'}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className={styles.empty}>
          {trash
            ? 'The trash is empty.'
            : query.q
              ? 'Nothing matches.'
              : `No ${plural.toLowerCase()} yet.`}
        </p>
      )}
      {list.pages > 1 ? (
        <nav aria-label="Pages" className={styles.actions}>
          {query.page > 1 ? <Link href={pageHref(query.page - 1)}>Previous page</Link> : null}
          {query.page < list.pages ? <Link href={pageHref(query.page + 1)}>Next page</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
