import styles from './editor.module.css';
import type { RevisionEntry } from '@/lib/shapes/records.ts';

const UTC = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

interface Props {
  entries: RevisionEntry[];
  /** The server action that brings back a version, bound to it. */
  revertFor: (version: number) => (form: FormData) => Promise<void>;
  labels?: Record<string, string>;
}

/** Every revision of a record, newest first: who, when, what it did and changed, with one-click revert. */
export function RevisionHistory({ entries, revertFor, labels = {} }: Props) {
  return (
    <ol className="event-list" reversed aria-label="Revisions, newest first">
      {entries.map((r, i) => (
        <li key={r.version}>
          <div className="meta">
            <strong>Version {r.version}</strong> · {r.action} ·{' '}
            <time dateTime={r.at}>{UTC.format(new Date(r.at))} UTC</time> · by{' '}
            {r.author ?? 'seed data or a removed account'}
          </div>
          {r.changes.length ? (
            <ul className={styles.changes}>
              {r.changes.map((c) => (
                <li key={c.field}>
                  <strong>{labels[c.field] ?? c.field}</strong>: <del>{c.before.slice(0, 300)}</del>{' '}
                  → <ins>{c.after.slice(0, 300)}</ins>
                </li>
              ))}
            </ul>
          ) : (
            <p className="meta">No field changed.</p>
          )}
          {i > 0 ? (
            <form action={revertFor(r.version)}>
              <button type="submit" className="secondary">
                Revert to version {r.version}
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
