'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { requirePermission } from '../auth/session.ts';
import { SESSION_COOKIES } from '../auth/session-token.ts';
import { endSessions } from '../db/accounts/auth.ts';

// The editor's "Sign out" button. next-auth's own sign-out page posts its form to
// NEXTAUTH_URL, which the CSP's form-action 'self' blocks when the site is reached by
// another address; a server action posts to the page it is on.

/** Ends every session of the caller (as next-auth's sign-out does here) and clears the cookie. */
export async function signOutAction(): Promise<never> {
  const user = await requirePermission('session.end');
  await endSessions(user.id);
  const jar = await cookies();
  for (const name of SESSION_COOKIES) if (jar.has(name)) jar.delete(name);
  redirect('/');
}
