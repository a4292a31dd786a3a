import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { decode } from 'next-auth/jwt';
import { getActiveUser, getUserByApiToken } from '../db/accounts/auth.ts';
import { env } from '../env.ts';
import { appNetwork } from './client-address.ts';
import { SESSION_COOKIES, sessionOf } from './session-token.ts';
import { Forbidden } from '../errors.ts';
import { assertPermission, type CurrentUser, type Permission } from './permissions.ts';
import { assertSameOrigin } from './same-origin.ts';

export type { CurrentUser } from './permissions.ts';

/**
 * Request headers outside Next's request scope (integration tests calling server actions
 * directly). Inside a request Next's own headers() always wins.
 */
export const ambientHeaders = new AsyncLocalStorage<Headers>();

async function requestHeaders(request?: Request): Promise<Headers | null> {
  if (request) return request.headers;
  try {
    const { headers } = await import('next/headers');
    return new Headers(await headers());
  } catch {
    return ambientHeaders.getStore() ?? null;
  }
}

function readCookie(header: string | null, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name)
      return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

type Authenticated = {
  user: CurrentUser | null;
  via: 'token' | 'cookie' | null;
  /** A read-only API token: refused on every write (requirePermission). */
  readOnly?: boolean;
};

async function authenticate(headers: Headers): Promise<Authenticated> {
  const auth = headers.get('authorization');
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    const found = match ? await getUserByApiToken(match[1]) : null;
    return { user: found?.user ?? null, via: 'token', readOnly: found?.readOnly };
  }
  if (!env.NEXTAUTH_SECRET) return { user: null, via: null };
  const cookieHeader = headers.get('cookie');
  for (const name of SESSION_COOKIES) {
    const raw = readCookie(cookieHeader, name);
    if (!raw) continue;
    const token = await decode({ token: raw, secret: env.NEXTAUTH_SECRET }).catch(() => null);
    const session = sessionOf(token);
    const user = session ? await getActiveUser(session.userId, session.sessionVersion) : null;
    return { user, via: 'cookie' };
  }
  return { user: null, via: null };
}

/**
 * The caller, from `Authorization: Bearer <api token>` or the next-auth session cookie,
 * re-read from the database each time (disabled accounts, revoked tokens and sessions ended
 * by sign-out, a password reset or a role change lose access at once). Nothing else in the
 * app reads sessions or tokens.
 */
export async function getCurrentUser(request?: Request): Promise<CurrentUser | null> {
  const headers = await requestHeaders(request);
  return headers ? (await authenticate(headers)).user : null;
}

/**
 * Whether the call can change anything. With a request: any method but GET, HEAD and
 * OPTIONS. Without one (a server action, or a page render reading its caller): Next runs a
 * server action only for a POST carrying a Next-Action header or a form body, so either of
 * those marks one; a page render (GET) carries neither.
 */
function isWrite(request: Request | undefined, headers: Headers): boolean {
  if (request) return !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
  return headers.has('next-action') || headers.has('content-type');
}

/**
 * The caller if allowed; otherwise throws Unauthenticated (401) or Forbidden (403). A write
 * authenticated by the session cookie must also come from a page of this site (403
 * otherwise; lib/auth/same-origin.ts), in route handlers and server actions alike: Next's
 * own server-action check lets a request without Origin through. Bearer-token calls carry
 * no ambient credentials and are not checked.
 */
export async function requirePermission(
  permission: Permission,
  request?: Request,
): Promise<CurrentUser> {
  const headers = await requestHeaders(request);
  const { user, via, readOnly } = headers
    ? await authenticate(headers)
    : { user: null, via: null, readOnly: false };
  const writing = !!headers && isWrite(request, headers);
  if (user && via === 'cookie' && writing) assertSameOrigin(headers!, appNetwork(), request?.url);
  const allowed = assertPermission(user, permission);
  if (readOnly && writing) throw new Forbidden('This API token is read-only.');
  return allowed;
}
