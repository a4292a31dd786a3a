import type { EventFormState, FormValues } from '@/lib/events/event-form.ts';
import styles from './event-form.module.css';

/** Their saved version beside the editor's unsaved one, field by field, for a merge by hand. */
export function ConflictPanel({ conflict, mine }: { conflict: NonNullable<EventFormState['conflict']>; mine: FormValues }) {
  const keys = Object.keys({ ...conflict.theirs, ...mine }).filter(
    (k) => !['originalSlug', 'version'].includes(k) && (conflict.theirs[k] ?? '') !== (mine[k] ?? '') && conflict.fields.some((f) => k === f || k.startsWith(`${f}.`) || (f === 'location' && ['locationName', 'lat', 'lon'].includes(k))),
  );
  return (
    <section className={styles.conflict} aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Conflict: this event changed while you were editing</h2>
      <p>
        Version {conflict.version} was saved by someone else. The form below still holds your changes; copy anything you want to keep from
        their version, then save again to make version {conflict.version + 1}.
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
              <th scope="row">{k}</th>
              <td>{conflict.theirs[k] || '—'}</td>
              <td>{mine[k] || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
