import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { decode } from 'next-auth/jwt';
import { getActiveUser, getUserByApiToken } from '../db/auth.ts';
import { env } from '../env.ts';
import { HttpError } from '../http/errors.ts';
import { assertPermission, type CurrentUser, type Permission } from './permissions.ts';

export type { CurrentUser } from './permissions.ts';

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

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

/**
 * The caller, from `Authorization: Bearer <api token>` or the next-auth session cookie,
 * re-read from the database each time (disabled accounts and revoked tokens lose access at
 * once). Nothing else in the app reads sessions or tokens.
 */
export async function getCurrentUser(request?: Request): Promise<CurrentUser | null> {
  const headers = await requestHeaders(request);
  if (!headers) return null;
  const auth = headers.get('authorization');
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    return match ? getUserByApiToken(match[1]) : null;
  }
  if (!env.NEXTAUTH_SECRET) return null;
  const cookieHeader = headers.get('cookie');
  for (const name of SESSION_COOKIES) {
    const raw = readCookie(cookieHeader, name);
    if (!raw) continue;
    const token = await decode({ token: raw, secret: env.NEXTAUTH_SECRET }).catch(() => null);
    const id = Number(token?.sub);
    return Number.isInteger(id) && id > 0 ? getActiveUser(id) : null;
  }
  return null;
}

/**
 * A cookie-authenticated write must come from this site (CSRF). Browsers send Origin on
 * every cross-site POST/PATCH/DELETE; Bearer-token calls carry no ambient credentials.
 * Server actions get the same check from Next itself.
 */
function assertSameOrigin(request: Request): void {
  if (request.method === 'GET' || request.method === 'HEAD' || request.headers.has('authorization'))
    return;
  const origin = request.headers.get('origin');
  if (!origin) return;
  const host =
    request.headers.get('x-forwarded-host') ??
    request.headers.get('host') ??
    new URL(request.url).host;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" or garbage: refused below.
  }
  if (originHost !== host) throw new HttpError(403, 'cross_site', 'Cross-site request refused.');
}

/** The caller if allowed; otherwise throws Unauthenticated (401) or Forbidden (403). */
export async function requirePermission(
  permission: Permission,
  request?: Request,
): Promise<CurrentUser> {
  if (request) assertSameOrigin(request);
  return assertPermission(await getCurrentUser(request), permission);
}
