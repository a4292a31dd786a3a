'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useRef, type FormEvent } from 'react';
import { Link } from '@/i18n/navigation.ts';
import { importAction, type ImportState } from '@/lib/actions/import.ts';
import styles from './editor.module.css';

/**
 * Upload, dry run, then apply the same file. Submitted by hand (not as a form action) so
 * the chosen file survives the dry run and can be applied without choosing it again.
 */
export function ImportForm() {
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, {});
  const t = useTranslations('editor.import');
  const fileRef = useRef<HTMLInputElement>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const intent =
      ((e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value ?? 'dry-run';
    const data = new FormData();
    const file = fileRef.current?.files?.[0];
    if (file) data.set('file', file);
    data.set('intent', intent);
    startTransition(() => action(data));
  }

  const r = state.report;
  const canApply = r && !r.applied && r.counts.error === 0 && state.mode === 'dry-run';
  return (
    <>
      <form onSubmit={submit} className={styles.actions}>
        <label htmlFor="import-file">{t('file')}</label>
        <input
          id="import-file"
          ref={fileRef}
          type="file"
          name="file"
          accept=".csv,.json,text/csv,application/json"
        />
        <button type="submit" name="intent" value="dry-run" disabled={pending}>
          {t('dryRun')}
        </button>
        {canApply ? (
          <button type="submit" name="intent" value="apply" disabled={pending}>
            {t('apply')}
          </button>
        ) : null}
      </form>
      {pending ? <p role="status">{t('working')}</p> : null}
      {state.error ? (
        <p role="alert" className="error-text">
          {state.error}
        </p>
      ) : null}
      {r ? <ImportReportView report={r} mode={state.mode} fileName={state.fileName} /> : null}
    </>
  );
}

function ImportReportView({
  report: r,
  mode,
  fileName,
}: {
  report: NonNullable<ImportState['report']>;
  mode?: string;
  fileName?: string;
}) {
  const t = useTranslations('editor.import');
  const { create, update, error } = r.counts;
  const verdict = r.applied
    ? t('imported', { file: fileName ?? '', create, update })
    : error
      ? t('failed', { applied: String(mode === 'apply'), count: error })
      : t('checked', { file: fileName ?? '', create, update });
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">{t('report')}</h2>
      <p role={r.counts.error ? 'alert' : 'status'}>{verdict}</p>
      <div className={styles.wrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">{t('rowsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('row')}</th>
              <th scope="col">{t('slug')}</th>
              <th scope="col">{t('outcome')}</th>
              <th scope="col">{t('problems')}</th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                <td>
                  {row.slug && (r.applied || row.action === 'update') ? (
                    <Link href={`/editor/events/${row.slug}`}>{row.slug}</Link>
                  ) : (
                    (row.slug ?? '—')
                  )}
                </td>
                <td>{t(`action.${row.action}`)}</td>
                <td>
                  {Object.entries(row.errors).map(([field, message]) => (
                    <div key={field}>
                      <code>{field}</code>: {message}
                    </div>
                  ))}
                  {row.duplicates?.length ? (
                    <div>
                      {t('mayRepeat')}{' '}
                      {row.duplicates.map((d, i) => (
                        <span key={d.slug}>
                          {i ? ', ' : ''}
                          <Link href={`/editor/events/${d.slug}`}>{d.title}</Link> ({d.date})
                        </span>
                      ))}
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
