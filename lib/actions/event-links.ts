'use server';

import type { RecordFormState } from '../records/form.ts';
import { revalidatePath } from 'next/cache';
import { requirePermission } from '../auth/session.ts';
import { EVENT_LINK_SPEC } from '../db/versioned/specs.ts';
import { setRecordTrashed } from '../db/versioned/writes.ts';
import {
  revertRecordForm,
  runAndReport,
  saveRecordForm,
  trashRecordForm,
} from '../records/form-actions.ts';

// Editor form actions for event links; each checks its permission first (lib/records/form-actions.ts).

export async function saveEventLinkAction(
  _prev: RecordFormState,
  form: FormData,
): Promise<RecordFormState> {
  return saveRecordForm('link', form);
}

/** Bound to a key: trash (true) or restore (false). */
export async function trashEventLinkAction(
  key: string,
  trash: boolean,
  _form: FormData,
): Promise<void> {
  await trashRecordForm('link', key, trash);
}

/** Bound to a key and the version to bring back. */
export async function revertEventLinkAction(
  key: string,
  version: number,
  _form: FormData,
): Promise<void> {
  await revertRecordForm('link', key, version);
}

/**
 * Bound to a link and the event whose editor page shows it: moves the link to the trash
 * (restorable under Links) and comes back to that page with a notice.
 */
export async function removeEventLinkAction(
  key: string,
  eventSlug: string,
  _form: FormData,
): Promise<void> {
  const user = await requirePermission(EVENT_LINK_SPEC.permission);
  await runAndReport(
    `/editor/events/${encodeURIComponent(eventSlug)}`,
    ['linkRemoved', { key }],
    async () => {
      await setRecordTrashed(EVENT_LINK_SPEC, key, true, user.id);
      revalidatePath('/', 'layout');
    },
  );
}
