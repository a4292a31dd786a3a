'use server';

import type { RecordFormState } from '../records/form.ts';
import { revertRecordForm, saveRecordForm, trashRecordForm } from '../records/form-actions.ts';

// Editor form actions for quotes; each checks its permission first (lib/records/form-actions.ts).

export async function saveQuoteAction(
  _prev: RecordFormState,
  form: FormData,
): Promise<RecordFormState> {
  return saveRecordForm('quote', form);
}

/** Bound to a key: trash (true) or restore (false). */
export async function trashQuoteAction(
  key: string,
  trash: boolean,
  _form: FormData,
): Promise<void> {
  await trashRecordForm('quote', key, trash);
}

/** Bound to a key and the version to bring back. */
export async function revertQuoteAction(
  key: string,
  version: number,
  _form: FormData,
): Promise<void> {
  await revertRecordForm('quote', key, version);
}
