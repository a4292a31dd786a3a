'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '../auth/session.ts';
import { restoreEvent, trashEvent } from '../db/events/writes.ts';
import { runAndReport } from '../records/form-actions.ts';

// The editor's event list: trash with an Undo in the notice that follows.

function revalidate(slug: string) {
  revalidatePath('/');
  revalidatePath('/editor');
  revalidatePath(`/events/${slug}`);
}

/** Trash from the list; the list then offers Undo (a restore) for this event. */
export async function trashFromListAction(slug: string, _form: FormData): Promise<void> {
  const user = await requirePermission('events.write');
  await runAndReport(
    `/editor?trashed=${encodeURIComponent(slug)}`,
    ['eventTrashed', { slug }],
    async () => {
      await trashEvent(slug, user.id);
      revalidate(slug);
    },
  );
}

/** The notice's Undo: the event comes back as it was, and the list says so. */
export async function undoTrashAction(slug: string, _form: FormData): Promise<void> {
  const user = await requirePermission('events.write');
  await runAndReport('/editor', ['eventRestored', { slug }], async () => {
    await restoreEvent(slug, user.id);
    revalidate(slug);
  });
}
