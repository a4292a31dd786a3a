// What a next-auth session token (a signed JWT) holds for this app, and how it is read.
// Shared by next-auth's callbacks (lib/auth/options.ts) and lib/auth/session.ts.

declare module 'next-auth' {
  interface User {
    /** app_user.session_version when the user signed in. */
    sessionVersion?: number;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    /** app_user.session_version at sign-in; the session ends once the account's moves on. */
    sv?: number;
  }
}

/** The cookies next-auth keeps a session in (the __Secure- one over https). */
export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/** The user id and session version a session token was signed in with, or null. */
export function sessionOf(token: { sub?: string; sv?: unknown } | null): {
  userId: number;
  sessionVersion: number;
} | null {
  const userId = Number(token?.sub);
  if (!Number.isInteger(userId) || userId <= 0) return null;
  // Tokens issued before session versions existed count as version 0, so the first
  // sign-out, password reset or role change ends them too.
  const sessionVersion = token?.sv ?? 0;
  return Number.isInteger(sessionVersion)
    ? { userId, sessionVersion: sessionVersion as number }
    : null;
}
