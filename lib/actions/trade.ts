'use server';

import type { RecordFormState } from '../records/form.ts';
import { revertRecordForm, saveRecordForm, trashRecordForm } from '../records/form-actions.ts';

// Editor form actions for trade observations; each checks its permission first (lib/records/form-actions.ts).

export async function saveTradeObservationAction(
  _prev: RecordFormState,
  form: FormData,
): Promise<RecordFormState> {
  return saveRecordForm('trade', form);
}

/** Bound to a key: trash (true) or restore (false). */
export async function trashTradeObservationAction(
  key: string,
  trash: boolean,
  _form: FormData,
): Promise<void> {
  await trashRecordForm('trade', key, trash);
}

/** Bound to a key and the version to bring back. */
export async function revertTradeObservationAction(
  key: string,
  version: number,
  _form: FormData,
): Promise<void> {
  await revertRecordForm('trade', key, version);
}
