'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requirePermission } from '../auth/session.ts';
import {
  createUser,
  resetPassword,
  setUserDisabled,
  setUserRole,
} from '../db/accounts/user-admin.ts';
import { runAndReport } from '../records/form-actions.ts';
import { describeZodError } from '../schemas/errors.ts';
import { ROLES } from '../schemas/enums.ts';
import { passwordSchema, userCreateSchema } from '../schemas/user.ts';

/** Runs an account change and reports it in the URL (the page shows the notice). */
function report(done: string, fn: () => Promise<void>): Promise<never> {
  return runAndReport('/admin/users', done, async () => {
    await fn();
    revalidatePath('/admin/users');
  });
}

export async function createUserAction(form: FormData): Promise<void> {
  await requirePermission('users.manage');
  const parsed = userCreateSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    redirect(
      `/admin/users?notice=${encodeURIComponent(`Not created: ${describeZodError(parsed.error)}`)}`,
    );
  await report(`Created ${parsed.data.email}.`, () => createUser(parsed.data));
}

export async function setUserRoleAction(id: number, form: FormData): Promise<void> {
  await requirePermission('users.manage');
  const role = ROLES.find((r) => r === form.get('role'));
  if (!role) redirect('/admin/users?notice=Choose%20a%20role.');
  await report(`Role changed to ${role}.`, () => setUserRole(id, role));
}

export async function setUserDisabledAction(
  id: number,
  disabled: boolean,
  _form: FormData,
): Promise<void> {
  await requirePermission('users.manage');
  await report(disabled ? 'Account disabled.' : 'Account enabled.', () =>
    setUserDisabled(id, disabled),
  );
}

export async function resetPasswordAction(id: number, form: FormData): Promise<void> {
  await requirePermission('users.manage');
  const parsed = passwordSchema.safeParse(form.get('password'));
  if (!parsed.success)
    redirect(
      `/admin/users?notice=${encodeURIComponent(`Password not changed: ${parsed.error.issues[0].message}`)}`,
    );
  await report('Password reset.', () => resetPassword(id, parsed.data));
}
