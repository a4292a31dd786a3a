import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge.tsx';
import { publishEventAction, restoreEventAction } from '@/lib/actions/events.ts';
import { trashFromListAction } from '@/lib/actions/event-list.ts';
import styles from './editor.module.css';
import type { EditorEventRow } from '@/lib/shapes/event.ts';

/** Events for editors, with the actions each row allows (trash, restore, publish, history). */
export function EditorEventTable({
  rows,
  trash,
  filtered = false,
}: {
  rows: EditorEventRow[];
  trash: boolean;
  filtered?: boolean;
}) {
  if (!rows.length)
    return (
      <p className={styles.empty}>
        {filtered
          ? 'No event matches: change or clear the filters.'
          : trash
            ? 'The trash is empty.'
            : 'No events yet. Create one, or import a file.'}
      </p>
    );
  return (
    <div className={styles.wrap}>
      <table className={`${styles.table} ${styles.stack}`}>
        <caption className="visually-hidden">{trash ? 'Trashed events' : 'Events'}</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Date</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug}>
              <th scope="row">
                {trash ? r.title : <Link href={`/editor/events/${r.slug}`}>{r.title}</Link>}
              </th>
              <td data-label="Date">{r.date}</td>
              <td data-label="Status">
                <StatusBadge status={r.status} />{' '}
                {r.publication === 'draft' ? <StatusBadge status="draft" /> : null}
              </td>
              <td className={styles.actions} data-label="Actions">
                {trash ? (
                  <form action={restoreEventAction.bind(null, r.slug)}>
                    <button type="submit" aria-label={`Restore ${r.title}`}>
                      Restore
                    </button>
                  </form>
                ) : (
                  <>
                    {r.publication === 'draft' ? (
                      <form action={publishEventAction.bind(null, r.slug)}>
                        <button type="submit" aria-label={`Publish ${r.title}`}>
                          Publish
                        </button>
                      </form>
                    ) : (
                      <Link href={`/events/${r.slug}`}>View</Link>
                    )}
                    <Link
                      href={`/editor/events/${r.slug}/history`}
                      aria-label={`History of ${r.title}`}
                    >
                      History
                    </Link>
                    <form action={trashFromListAction.bind(null, r.slug)}>
                      <button
                        type="submit"
                        className="secondary"
                        aria-label={`Move ${r.title} to the trash`}
                      >
                        Trash
                      </button>
                    </form>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
