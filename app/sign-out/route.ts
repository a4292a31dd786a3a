import { requirePermission } from '@/lib/auth/session.ts';
import { SESSION_COOKIES } from '@/lib/auth/session-token.ts';
import { endSessions } from '@/lib/db/accounts/auth.ts';
import { Unauthenticated } from '@/lib/errors.ts';
import { handler } from '@/lib/http/handler.ts';

// POST /sign-out: the editor's "Sign out" button, a plain form posting here. next-auth's own
// sign-out page posts to NEXTAUTH_URL, which the CSP's form-action 'self' blocks when the
// site is reached by another address; this address is always the site's own.

/** Back to the home page, with the session cookies expired (the __Secure- one needs Secure). */
function home(): Response {
  const headers = new Headers({ location: '/' });
  for (const name of SESSION_COOKIES)
    headers.append(
      'set-cookie',
      `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith('__Secure-') ? '; Secure' : ''}`,
    );
  return new Response(null, { status: 303, headers });
}

/** Ends every session of the caller (as next-auth's sign-out does), then goes home. */
export const POST = handler(async (request) => {
  try {
    const user = await requirePermission('session.end', request);
    await endSessions(user.id);
  } catch (err) {
    // Signed out already: nothing to end. Another site's form is refused (403).
    if (!(err instanceof Unauthenticated)) throw err;
  }
  return home();
});
