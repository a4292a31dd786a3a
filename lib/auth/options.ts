import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { endSessions, getActiveUser, verifyCredentials } from '../db/accounts/auth.ts';
import { env } from '../env.ts';
import { safeRedirectPath } from './redirect-target.ts';
import { sessionOf } from './session-token.ts';

const SESSION_MAX_AGE_S = 8 * 60 * 60;

/**
 * next-auth: e-mail and password checked against app_user (bcrypt), sessions as signed
 * JWTs holding only the user id and the account's session version. Role, disabled state
 * and session version are re-read from the database on every request by
 * lib/auth/session.ts, never trusted from the token.
 */
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'E-mail and password',
      credentials: {
        email: { label: 'E-mail', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        if (credentials.email.length > 320 || credentials.password.length > 1024) return null;
        const user = await verifyCredentials(credentials.email, credentials.password);
        return user
          ? {
              id: String(user.id),
              email: user.email,
              name: user.name,
              sessionVersion: user.sessionVersion,
            }
          : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return { ...token, sub: user.id, sv: user.sessionVersion ?? 0 };
      // next-auth's own session read (/api/auth/session): an ended session is refused
      // there too (next-auth then clears the cookie) rather than refreshed.
      const session = sessionOf(token);
      if (!session || !(await getActiveUser(session.userId, session.sessionVersion)))
        throw new Error('The session has ended.');
      return token;
    },
    // Only paths on this site: next-auth's default follows any URL starting with '/'
    // (`/\evil.example` too) and answers 500 to one it cannot parse.
    async redirect({ url, baseUrl }) {
      return `${baseUrl}${safeRedirectPath(url, new URL(baseUrl).origin)}`;
    },
  },
  events: {
    // Sign-out ends the session for good, not just in this browser: a copy of the cookie
    // replayed later no longer matches the account's session version (and neither do the
    // account's other sessions; sign-out here means sign out everywhere).
    async signOut({ token }) {
      const session = sessionOf(token);
      if (session) await endSessions(session.userId, session.sessionVersion);
    },
  },
};
