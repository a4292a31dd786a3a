import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options.ts';
import { isOnSite, siteOrigin } from '@/lib/auth/redirect-target.ts';
import { guardSignIn } from '@/lib/auth/sign-in-guard.ts';
import { BadRequest } from '@/lib/errors.ts';
import { errorResponse } from '@/lib/http/handler.ts';

// GET, POST /api/auth/*: next-auth (sign-in, sign-out, session, CSRF token); password
// sign-ins throttled per address and account.
const nextAuth = NextAuth(authOptions);

type RouteHandler = (
  request: Request,
  context: { params: Promise<{ nextauth: string[] }> },
) => Promise<Response>;

/**
 * A `callbackUrl` in the query that leads off this site is refused with 400 naming it.
 * next-auth would answer 500 to one that is not an http(s) URL (`javascript:…`), and its
 * redirect callback (lib/auth/options.ts) would send any other to `/` anyway.
 */
function refuseForeignCallback(next: RouteHandler): RouteHandler {
  return async (request, context) => {
    const targets = new URL(request.url).searchParams.getAll('callbackUrl');
    if (targets.some((target) => !isOnSite(target, siteOrigin())))
      return errorResponse(new BadRequest({ callbackUrl: 'must be a page of this site' }));
    return next(request, context);
  };
}

export const GET = refuseForeignCallback(nextAuth);
export const POST = refuseForeignCallback(guardSignIn(nextAuth));
