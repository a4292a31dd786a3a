'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requirePermission } from '../auth/session.ts';
import { createApiToken, revokeApiToken } from '../db/accounts/tokens.ts';
import { actionText } from '../i18n/action-text.ts';
import { fieldErrorsOf } from '../schemas/errors.ts';
import { tokenCreateSchema } from '../schemas/user.ts';

export interface TokenState {
  /** The new token, shown this once. */
  token?: string;
  name?: string;
  readOnly?: boolean;
  fieldErrors?: Record<string, string>;
}

export async function createTokenAction(_prev: TokenState, form: FormData): Promise<TokenState> {
  const user = await requirePermission('tokens.manage');
  const parsed = tokenCreateSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return { fieldErrors: (await actionText()).fields(fieldErrorsOf(parsed.error)) };
  const { expiresInDays: days, expiresOn, scope, name } = parsed.data;
  // A date means through that whole day (UTC); days count from now.
  const expiresAt = expiresOn
    ? new Date(`${expiresOn}T23:59:59.999Z`)
    : typeof days === 'number'
      ? new Date(Date.now() + days * 86_400_000)
      : null;
  const { token } = await createApiToken(user.id, name, expiresAt, scope === 'read');
  revalidatePath('/editor/tokens');
  return { token, name, readOnly: scope === 'read' };
}

/** Revokes one of the caller's own tokens; it stops working on its next request. */
export async function revokeTokenAction(id: number, _form: FormData): Promise<void> {
  const user = await requirePermission('tokens.manage');
  await revokeApiToken(user.id, id);
  revalidatePath('/editor/tokens');
  redirect((await actionText()).path('/editor/tokens?notice=revoked'));
}
