import { pageTitle } from '@/lib/i18n/page-title.ts';
import Link from 'next/link';
import styles from '@/components/editor/editor.module.css';
import { trashRelationAction } from '@/lib/actions/relations.ts';
import { kindOf } from '@/lib/alliances/kinds.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listRelationsForEditor } from '@/lib/db/relations/reads.ts';

export const generateMetadata = pageTitle('editor.titles', 'relations');

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditorRelationsPage({ searchParams }: Props) {
  await requirePageAccess('relations.write', '/editor/relations');
  const query = await searchParams;
  const trash = query.view === 'trash';
  const rows = await listRelationsForEditor(trash);
  return (
    <section>
      <h1>{trash ? 'Trashed relations' : 'Relations'}</h1>
      {typeof query.saved === 'string' ? (
        <p role="status" className={styles.notice}>
          Saved {query.saved}.
        </p>
      ) : null}
      {typeof query.notice === 'string' ? (
        <p role="status" className={styles.notice}>
          {query.notice}
        </p>
      ) : null}
      <p className="meta">
        <Link href="/editor/relations/new">New relation</Link> ·{' '}
        {trash ? (
          <Link href="/editor/relations">Relations in use</Link>
        ) : (
          <Link href="/editor/relations?view=trash">Trash</Link>
        )}
      </p>
      {rows.length ? (
        <div className={styles.wrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Relation</th>
                <th scope="col">Actors</th>
                <th scope="col">Kind</th>
                <th scope="col">Dates</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key ?? r.title}>
                  <td>{r.title}</td>
                  <td>
                    {r.a} – {r.b}
                  </td>
                  <td>{kindOf(r.kind).label}</td>
                  <td>
                    {r.start} – {r.end ?? 'in force'}
                  </td>
                  <td className={styles.actions}>
                    {!trash && r.key ? (
                      <Link href={`/editor/relations/${encodeURIComponent(r.key)}`}>Edit</Link>
                    ) : null}
                    <form action={trashRelationAction}>
                      <input type="hidden" name="key" value={r.key ?? ''} />
                      <input type="hidden" name="trash" value={trash ? '0' : '1'} />
                      <button
                        type="submit"
                        className="secondary"
                        aria-label={`${trash ? 'Restore' : 'Trash'} ${r.title} (${r.a}–${r.b})`}
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
        <p className={styles.empty}>{trash ? 'The trash is empty.' : 'No relations yet.'}</p>
      )}
    </section>
  );
}
