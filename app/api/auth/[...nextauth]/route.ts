import NextAuth from 'next-auth';
import { cookies } from 'next/headers';
import { authOptions } from '@/lib/auth/options.ts';
import { isOnSiteCallback, siteOrigin } from '@/lib/auth/redirect-target.ts';
import { guardSignIn, type RouteHandler } from '@/lib/auth/sign-in-guard.ts';
import { BadRequest } from '@/lib/errors.ts';
import { errorResponse } from '@/lib/http/handler.ts';

// GET, POST /api/auth/*: next-auth (sign-in, sign-out, session, CSRF token); password
// sign-ins throttled per address and account.
const nextAuth = NextAuth(authOptions);

/**
 * A `callbackUrl` in the query that next-auth would not take, or that leads off this site,
 * is refused with 400 naming it: next-auth answers 500 to one that is not an http(s) URL or
 * a path (`foo`, `javascript:…`), and its redirect callback (lib/auth/options.ts) would send
 * any other to `/` anyway.
 */
function refuseForeignCallback(next: RouteHandler): RouteHandler {
  return async (request, context) => {
    const targets = new URL(request.url).searchParams.getAll('callbackUrl');
    if (targets.some((target) => !isOnSiteCallback(target, siteOrigin())))
      return errorResponse(new BadRequest({ callbackUrl: 'must be a page of this site' }));
    return next(request, context);
  };
}

/** The cookies in which next-auth keeps the callback URL between requests. */
const CALLBACK_COOKIES = new Set(['next-auth.callback-url', '__Secure-next-auth.callback-url']);

/**
 * Drops a callback-URL cookie next-auth would not take: it checks the cookie on every
 * /api/auth/* request and answers 500 to a bad one, so a cookie planted by a sibling
 * subdomain (or left by a bug) would break sign-in and sign-out for good. next-auth reads
 * cookies through Next's `cookies()`, so the cookie is deleted there: gone from what
 * next-auth sees, and expired in the browser by the response. next-auth then falls back to
 * this site's origin.
 */
function dropUnsafeCallbackCookie(next: RouteHandler): RouteHandler {
  return async (request, context) => {
    const jar = await cookies();
    for (const name of CALLBACK_COOKIES) {
      const value = jar.get(name)?.value;
      if (value !== undefined && !isOnSiteCallback(value, siteOrigin()))
        jar.delete({ name, path: '/', secure: name.startsWith('__Secure-') });
    }
    return next(request, context);
  };
}

export const GET = dropUnsafeCallbackCookie(refuseForeignCallback(nextAuth));
export const POST = dropUnsafeCallbackCookie(refuseForeignCallback(guardSignIn(nextAuth)));
