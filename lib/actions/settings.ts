'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requirePermission } from '../auth/session.ts';
import { setReviewRequired } from '../db/core/settings.ts';

/** Turns "review required" (a second editor publishes) on or off. */
export async function setReviewRequiredAction(on: boolean, _form: FormData): Promise<void> {
  await requirePermission('settings.manage');
  await setReviewRequired(on === true);
  revalidatePath('/admin/users');
  redirect(
    `/admin/users?notice=${encodeURIComponent(on ? 'Review is now required before publishing.' : 'Authors may now publish their own events.')}`,
  );
}
