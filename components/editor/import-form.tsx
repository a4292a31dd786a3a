'use client';

import { startTransition, useActionState, useRef, type FormEvent } from 'react';
import Link from 'next/link';
import { importAction, type ImportState } from '@/lib/actions/import.ts';
import styles from './editor.module.css';

/**
 * Upload, dry run, then apply the same file. Submitted by hand (not as a form action) so
 * the chosen file survives the dry run and can be applied without choosing it again.
 */
export function ImportForm() {
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, {});
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
        <label htmlFor="import-file">CSV or JSON file</label>
        <input
          id="import-file"
          ref={fileRef}
          type="file"
          name="file"
          accept=".csv,.json,text/csv,application/json"
        />
        <button type="submit" name="intent" value="dry-run" disabled={pending}>
          Check (dry run)
        </button>
        {canApply ? (
          <button type="submit" name="intent" value="apply" disabled={pending}>
            Apply import
          </button>
        ) : null}
      </form>
      {pending ? <p role="status">Working…</p> : null}
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
  const verdict = r.applied
    ? `Imported ${fileName}: ${r.counts.create} created, ${r.counts.update} updated.`
    : r.counts.error
      ? `Nothing was ${mode === 'apply' ? 'imported' : 'changed'}: ${r.counts.error} row${r.counts.error > 1 ? 's have' : ' has'} errors. Fix them and check again.`
      : `Dry run of ${fileName}: ${r.counts.create} would be created, ${r.counts.update} would update an existing event. Nothing has been written yet.`;
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">Report</h2>
      <p role={r.counts.error ? 'alert' : 'status'}>{verdict}</p>
      <div className={styles.wrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">Each row of the file</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Slug</th>
              <th scope="col">Outcome</th>
              <th scope="col">Problems and possible duplicates</th>
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
                <td>
                  {row.action === 'error'
                    ? 'error'
                    : row.action === 'create'
                      ? 'new event'
                      : 'updates existing slug'}
                </td>
                <td>
                  {Object.entries(row.errors).map(([field, message]) => (
                    <div key={field}>
                      <code>{field}</code>: {message}
                    </div>
                  ))}
                  {row.duplicates?.length ? (
                    <div>
                      May repeat:{' '}
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
