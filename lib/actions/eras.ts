'use server';

import type { RecordFormState } from '../records/form.ts';
import { revertRecordForm, saveRecordForm, trashRecordForm } from '../records/form-actions.ts';

// Editor form actions for eras; each checks its permission first (lib/records/form-actions.ts).

export async function saveEraAction(
  _prev: RecordFormState,
  form: FormData,
): Promise<RecordFormState> {
  return saveRecordForm('era', form);
}

/** Bound to a key: trash (true) or restore (false). */
export async function trashEraAction(key: string, trash: boolean, _form: FormData): Promise<void> {
  await trashRecordForm('era', key, trash);
}

/** Bound to a key and the version to bring back. */
export async function revertEraAction(
  key: string,
  version: number,
  _form: FormData,
): Promise<void> {
  await revertRecordForm('era', key, version);
}
