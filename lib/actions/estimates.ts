'use server';

import type { RecordFormState } from '../records/form.ts';
import { revertRecordForm, saveRecordForm, trashRecordForm } from '../records/form-actions.ts';

// Editor form actions for estimates; each checks its permission first (lib/records/form-actions.ts).

export async function saveEstimateAction(
  _prev: RecordFormState,
  form: FormData,
): Promise<RecordFormState> {
  return saveRecordForm('estimate', form);
}

/** Bound to a key: trash (true) or restore (false). */
export async function trashEstimateAction(
  key: string,
  trash: boolean,
  _form: FormData,
): Promise<void> {
  await trashRecordForm('estimate', key, trash);
}

/** Bound to a key and the version to bring back. */
export async function revertEstimateAction(
  key: string,
  version: number,
  _form: FormData,
): Promise<void> {
  await revertRecordForm('estimate', key, version);
}
