'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '../auth/session.ts';
import { mergeEvents, unmergeEvent } from '../db/events/merge.ts';
import { redirect } from 'next/navigation';
import { runAndReport } from '../records/form-actions.ts';
import { noticeOf } from '../records/form-state.ts';
import { actionText } from '../i18n/action-text.ts';

function revalidate(...slugs: string[]) {
  revalidatePath('/');
  revalidatePath('/editor');
  for (const slug of slugs) revalidatePath(`/events/${slug}`);
}

/**
 * The merge screen's confirm button: fold `slug` into `into`, then show the survivor's
 * history with the merge in it; a refusal comes back to the merge screen, saying why.
 */
export async function mergeEventAction(slug: string, into: string, _form: FormData): Promise<void> {
  const user = await requirePermission('events.write');
  const text = await actionText();
  try {
    await mergeEvents(slug, into, user.id);
  } catch (err) {
    const notice = encodeURIComponent(noticeOf(err, text.message));
    redirect(
      text.path(`/editor/events/${slug}/merge?into=${encodeURIComponent(into)}&notice=${notice}`),
    );
  }
  revalidate(slug, into);
  const done = text.t('merged', { slug, into });
  redirect(text.path(`/editor/events/${into}/history?notice=${encodeURIComponent(done)}`));
}

/** Undo a merge, from the survivor's history: both events as they were before it. */
export async function unmergeEventAction(
  slug: string,
  survivor: string,
  _form: FormData,
): Promise<void> {
  const user = await requirePermission('events.write');
  await runAndReport(
    `/editor/events/${survivor}/history`,
    ['unmerged', { slug, survivor }],
    async () => {
      await unmergeEvent(slug, user.id);
      revalidate(slug, survivor);
    },
  );
}
