import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { verifyCredentials } from '../db/auth.ts';
import { env } from '../env.ts';

export const SESSION_MAX_AGE_S = 8 * 60 * 60;

/**
 * next-auth: e-mail and password checked against app_user (bcrypt), sessions as signed
 * JWTs holding only the user id. Role and disabled state are re-read from the database on
 * every request by lib/auth/session.ts, never trusted from the token.
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
        return user ? { id: String(user.id), email: user.email, name: user.name } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
  },
};
