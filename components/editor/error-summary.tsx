'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import styles from './event-form.module.css';

/** The id of the field an error path ('sources.0.url', 'location.lat') belongs to. */
export function fieldIdOf(path: string): string | null {
  const [head, index] = path.split('.');
  if (path === '_') return null;
  if (head === 'actors') return 'f-actors';
  if (head === 'tags') return 'f-tags';
  if (head === 'location')
    return `f-${path === 'location.name' ? 'locationName' : path.split('.')[1]}`;
  if (head === 'datePrecision') return 'f-date';
  if ((head === 'sources' || head === 'quotes') && index === undefined)
    return `f-${head}-0-${head === 'sources' ? 'publisher' : 'speaker'}`;
  return `f-${path.replace(/\./g, '-')}`;
}

const ROWS = new Set(['actors', 'sources', 'quotes']);
type Say = (key: 'row', values: { row: string; n: number; message: string }) => string;

/** "Source 2: Title is required" for a row's error; a plain field's message names it already. */
function entryText(t: Say, path: string, message: string): string {
  const [head, index] = path.split('.');
  return ROWS.has(head) && index !== undefined && /^\d+$/.test(index)
    ? t('row', { row: head, n: Number(index) + 1, message })
    : message;
}

/**
 * The GOV.UK error summary: after a failed save it takes the focus (so a screen reader reads
 * it and the page shows it at the top), and each entry links to its field, moving the focus
 * there. Without JavaScript the links still scroll to the fields.
 */
export function ErrorSummary({
  errors,
  formError,
}: {
  errors: Record<string, string>;
  formError?: string;
}) {
  const t = useTranslations('editor.errorSummary');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  const entries = Object.entries(errors);
  return (
    <div
      ref={box}
      className={styles.summary}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{t('title')}</h2>
      {formError ? <p>{formError}</p> : null}
      {entries.length ? (
        <>
          <p>{t('notSaved', { count: entries.length })}</p>
          <ul>
            {entries.map(([path, message]) => {
              const id = fieldIdOf(path);
              const text = entryText(t, path, message);
              return (
                <li key={path}>
                  {id ? (
                    <a
                      href={`#${id}`}
                      onClick={(e) => {
                        const field = document.getElementById(id);
                        if (!field) return;
                        e.preventDefault();
                        field.focus();
                        // The label above the field stays in view too.
                        field.closest('div')?.scrollIntoView({ block: 'center' });
                      }}
                    >
                      {text}
                    </a>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
