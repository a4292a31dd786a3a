'use server';

import type { RecordFormState } from '../records/form.ts';
import { revertRecordForm, saveRecordForm, trashRecordForm } from '../records/form-actions.ts';

// Editor form actions for tags; each checks its permission first (lib/records/form-actions.ts).

export async function saveTagAction(
  _prev: RecordFormState,
  form: FormData,
): Promise<RecordFormState> {
  return saveRecordForm('tag', form);
}

/** Bound to a key: trash (true) or restore (false). */
export async function trashTagAction(key: string, trash: boolean, _form: FormData): Promise<void> {
  await trashRecordForm('tag', key, trash);
}

/** Bound to a key and the version to bring back. */
export async function revertTagAction(
  key: string,
  version: number,
  _form: FormData,
): Promise<void> {
  await revertRecordForm('tag', key, version);
}
