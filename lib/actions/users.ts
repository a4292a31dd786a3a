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
import { actionText, type Notice } from '../i18n/action-text.ts';
import { runAndReport } from '../records/form-actions.ts';
import { fieldErrorsOf } from '../schemas/errors.ts';
import { ROLES } from '../schemas/enums.ts';
import { passwordSchema, userCreateSchema } from '../schemas/user.ts';

/** Runs an account change and reports it in the URL (the page shows the notice). */
function report(done: Notice, fn: () => Promise<void>): Promise<never> {
  return runAndReport('/admin/users', done, async () => {
    await fn();
    revalidatePath('/admin/users');
  });
}

export async function createUserAction(form: FormData): Promise<void> {
  await requirePermission('users.manage');
  const parsed = userCreateSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const text = await actionText();
    const why = Object.entries(text.fields(fieldErrorsOf(parsed.error)))
      .map(([path, message]) => `${path}: ${message}`)
      .join('; ');
    redirect(
      text.path(`/admin/users?notice=${encodeURIComponent(text.t('userNotCreated', { why }))}`),
    );
  }
  await report(['userCreated', { email: parsed.data.email }], () => createUser(parsed.data));
}

export async function setUserRoleAction(id: number, form: FormData): Promise<void> {
  await requirePermission('users.manage');
  const role = ROLES.find((r) => r === form.get('role'));
  if (!role) {
    const text = await actionText();
    redirect(text.path(`/admin/users?notice=${encodeURIComponent(text.t('chooseRole'))}`));
  }
  await report(['roleChanged', { role }], () => setUserRole(id, role));
}

export async function setUserDisabledAction(
  id: number,
  disabled: boolean,
  _form: FormData,
): Promise<void> {
  await requirePermission('users.manage');
  await report([disabled ? 'accountDisabled' : 'accountEnabled'], () =>
    setUserDisabled(id, disabled),
  );
}

export async function resetPasswordAction(id: number, form: FormData): Promise<void> {
  await requirePermission('users.manage');
  const parsed = passwordSchema.safeParse(form.get('password'));
  if (!parsed.success) {
    const text = await actionText();
    const why = text.message(parsed.error.issues[0].message);
    redirect(
      text.path(`/admin/users?notice=${encodeURIComponent(text.t('passwordNotChanged', { why }))}`),
    );
  }
  await report(['passwordReset'], () => resetPassword(id, parsed.data));
}
