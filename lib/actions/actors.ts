'use server';

import type { RecordFormState } from '../records/form.ts';
import { revertRecordForm, saveRecordForm, trashRecordForm } from '../records/form-actions.ts';

// Editor form actions for actors; each checks its permission first (lib/records/form-actions.ts).

export async function saveActorAction(
  _prev: RecordFormState,
  form: FormData,
): Promise<RecordFormState> {
  return saveRecordForm('actor', form);
}

/** Bound to a key: trash (true) or restore (false). */
export async function trashActorAction(
  key: string,
  trash: boolean,
  _form: FormData,
): Promise<void> {
  await trashRecordForm('actor', key, trash);
}

/** Bound to a key and the version to bring back. */
export async function revertActorAction(
  key: string,
  version: number,
  _form: FormData,
): Promise<void> {
  await revertRecordForm('actor', key, version);
}
