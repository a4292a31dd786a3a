'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '../auth/session.ts';
import { importEvents, type ImportReport } from '../db/events/import.ts';
import { readImportText } from '../import/read.ts';
import { actionText } from '../i18n/action-text.ts';
import { noticeOf } from '../records/form-state.ts';

export interface ImportState {
  fileName?: string;
  mode?: 'dry-run' | 'apply';
  report?: ImportReport;
  error?: string;
}

/** Dry run or apply of an uploaded CSV/JSON file, from /editor/import. */
export async function importAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const user = await requirePermission('import.run');
  const file = form.get('file');
  const mode = form.get('intent') === 'apply' ? 'apply' : 'dry-run';
  const text = await actionText();
  if (!(file instanceof File) || file.size === 0) return { error: text.t('chooseFile') };
  try {
    const rows = readImportText(
      await file.text(),
      file.name.toLowerCase().endsWith('.json')
        ? 'json'
        : file.name.toLowerCase().endsWith('.csv')
          ? 'csv'
          : file.type,
    );
    const report = await importEvents(rows, { apply: mode === 'apply', userId: user.id });
    if (report.applied) revalidatePath('/', 'layout');
    // Each row's field messages in the page's language, like the form's.
    const rowsSaid = report.rows.map((row) => ({ ...row, errors: text.fields(row.errors) }));
    return { fileName: file.name, mode, report: { ...report, rows: rowsSaid } };
  } catch (err) {
    return { fileName: file.name, mode, error: noticeOf(err, text.message) };
  }
}
