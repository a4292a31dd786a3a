'use server';

import type { RecordFormState } from '../records/form.ts';
import { revertRecordForm, saveRecordForm, trashRecordForm } from '../records/form-actions.ts';

// Editor form actions for sources; each checks its permission first (lib/records/form-actions.ts).

export async function saveSourceAction(
  _prev: RecordFormState,
  form: FormData,
): Promise<RecordFormState> {
  return saveRecordForm('source', form);
}

/** Bound to a key: trash (true) or restore (false). */
export async function trashSourceAction(
  key: string,
  trash: boolean,
  _form: FormData,
): Promise<void> {
  await trashRecordForm('source', key, trash);
}

/** Bound to a key and the version to bring back. */
export async function revertSourceAction(
  key: string,
  version: number,
  _form: FormData,
): Promise<void> {
  await revertRecordForm('source', key, version);
}
