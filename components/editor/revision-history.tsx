import { useLocale, useTranslations } from 'next-intl';
import { formatTimestamp } from '@/lib/dates.ts';
import styles from './editor.module.css';
import type { RevisionEntry } from '@/lib/shapes/records.ts';

/** An event's fields whose values are choices, by their words' group in editor.values. */
const EVENT_CHOICES: Record<string, string> = {
  status: 'status',
  publication: 'publication',
  confidence: 'confidence',
  datePrecision: 'datePrecision',
};

interface Props {
  entries: RevisionEntry[];
  /** The server action that brings back a version, bound to it. */
  revertFor: (version: number) => (form: FormData) => Promise<void>;
  labels?: Record<string, string>;
  /** Fields whose values are choices (field → group in editor.values); an event's by default. */
  choices?: Record<string, string>;
}

/** Every revision of a record, newest first: who, when, what it did and changed, with one-click revert. */
export function RevisionHistory({
  entries,
  revertFor,
  labels = {},
  choices = EVENT_CHOICES,
}: Props) {
  const t = useTranslations('editor.history');
  const values = useTranslations('editor.values');
  const locale = useLocale();
  // A choice's value (status, publication…) in words of the page's language; data as it is.
  const show = (field: string, value: string) => {
    const key = `${choices[field]}.${value}`;
    return field in choices && values.has(key) ? values(key) : value;
  };
  return (
    <ol className="event-list" reversed aria-label={t('label')}>
      {entries.map((r, i) => (
        <li key={r.version}>
          <div className="meta">
            <strong>{t('version', { version: r.version })}</strong> · {t(`action.${r.action}`)} ·{' '}
            <time dateTime={r.at}>{t('at', { at: formatTimestamp(new Date(r.at), locale) })}</time>{' '}
            · {t('by', { author: r.author ?? t('noAuthor') })}
          </div>
          {r.changes.length ? (
            <ul className={styles.changes}>
              {r.changes.map((c) => (
                <li key={c.field}>
                  <strong>{labels[c.field] ?? c.field}</strong>:{' '}
                  <del>{show(c.field, c.before).slice(0, 300)}</del> →{' '}
                  <ins>{show(c.field, c.after).slice(0, 300)}</ins>
                </li>
              ))}
            </ul>
          ) : (
            <p className="meta">{t('noChange')}</p>
          )}
          {i > 0 ? (
            <form action={revertFor(r.version)}>
              <button type="submit" className="secondary">
                {t('revert', { version: r.version })}
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
