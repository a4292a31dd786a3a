import { useTranslations } from 'next-intl';
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
  const t = useTranslations('editor.conflict');
  const differs = (k: string) =>
    conflict.fields.some((f) => k === f || k.startsWith(`${f}.`) || aliases[f]?.includes(k));
  const keys = Object.keys({ ...conflict.theirs, ...mine }).filter(
    (k) => !HIDDEN.includes(k) && (conflict.theirs[k] ?? '') !== (mine[k] ?? '') && differs(k),
  );
  return (
    <section className={styles.conflict} aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{t('title', { noun })}</h2>
      <p>{t('text', { version: conflict.version, next: conflict.version + 1 })}</p>
      <table>
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            <th scope="col">{t('theirs')}</th>
            <th scope="col">{t('yours')}</th>
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
