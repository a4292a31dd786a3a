'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requirePermission } from '../auth/session.ts';
import { setReviewRequired } from '../db/core/settings.ts';
import { actionText } from '../i18n/action-text.ts';

/** Turns "review required" (a second editor publishes) on or off. */
export async function setReviewRequiredAction(on: boolean, _form: FormData): Promise<void> {
  await requirePermission('settings.manage');
  await setReviewRequired(on === true);
  revalidatePath('/admin/users');
  const text = await actionText();
  const notice = text.t(on ? 'reviewOn' : 'reviewOff');
  redirect(text.path(`/admin/users?notice=${encodeURIComponent(notice)}`));
}
