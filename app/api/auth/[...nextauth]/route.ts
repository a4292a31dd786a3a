import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options.ts';
import { guardSignIn } from '@/lib/auth/sign-in-guard.ts';

// GET, POST /api/auth/*: next-auth (sign-in, sign-out, session, CSRF token); password
// sign-ins throttled per address and account.
const nextAuth = NextAuth(authOptions);

export const GET = nextAuth;
export const POST = guardSignIn(nextAuth);
