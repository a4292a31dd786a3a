import type { FormValues, RecordFormState } from '@/lib/records/form.ts';
import styles from './event-form.module.css';

const HIDDEN = ['originalSlug', 'version', 'key'];

interface Props {
  /** "event", "source": what changed, in the heading. */
  noun: string;
  conflict: NonNullable<RecordFormState['conflict']>;
  mine: FormValues;
  /** Readable names of form keys. */
  labels?: Record<string, string>;
  /** Form keys that belong to a differing field of another name (event location → place, lat, lon). */
  aliases?: Record<string, string[]>;
}

/** Their saved version beside the editor's unsaved one, field by field, for a merge by hand. */
export function ConflictPanel({ noun, conflict, mine, labels = {}, aliases = {} }: Props) {
  const differs = (k: string) =>
    conflict.fields.some((f) => k === f || k.startsWith(`${f}.`) || aliases[f]?.includes(k));
  const keys = Object.keys({ ...conflict.theirs, ...mine }).filter(
    (k) => !HIDDEN.includes(k) && (conflict.theirs[k] ?? '') !== (mine[k] ?? '') && differs(k),
  );
  return (
    <section className={styles.conflict} aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Conflict: this {noun} changed while you were editing</h2>
      <p>
        Version {conflict.version} was saved by someone else. The form below still holds your
        changes; copy anything you want to keep from their version, then save again to make version{' '}
        {conflict.version + 1}.
      </p>
      <table>
        <caption>Fields that differ</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Their saved version</th>
            <th scope="col">Your version</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k}>
              <th scope="row">{labels[k] ?? k}</th>
              <td>{conflict.theirs[k] || '—'}</td>
              <td>{mine[k] || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
