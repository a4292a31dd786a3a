import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing.ts';
import { appNetwork } from './lib/auth/client-address.ts';
import { assertSameOrigin } from './lib/auth/same-origin.ts';
import { DomainError } from './lib/errors.ts';
import { domainErrorResponse } from './lib/http/errors.ts';

// Requests refused before routing, where no route handler's validation can reach them:
// a path that does not decode (invalid UTF-8 percent-encodings such as %FF or the overlong
// %C0%AF) or decodes to a NUL character, and HTTP methods this site never answers (TRACE
// echoes a request back; CONNECT is for proxies). Next would otherwise answer some of them
// with a 500. Pages (not /api) answer only GET, HEAD and POST (server actions): Next would
// render a page for PUT or DELETE too. A server action from another site is refused here
// with 403, before Next's own check answers it with a 500. Pages then get their language
// (next-intl, below); everything else passes untouched.

/** The methods some route answers; anything else is a 405 naming them. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Each path segment must decode to UTF-8 text without a NUL character. */
function isReadablePath(pathname: string): boolean {
  try {
    return !decodeURIComponent(pathname).includes('\u0000');
  } catch {
    return false;
  }
}

/** What a page (anything outside /api) answers: POST is for server actions. */
const PAGE_METHODS = new Set(['GET', 'HEAD', 'POST']);
const PAGE_ALLOW = [...PAGE_METHODS].join(', ');

/**
 * Paths that are not pages in a language: the API, the feeds, sign-out, archived copies,
 * build assets and files (a last segment with an extension: the icon, the templates).
 */
const NOT_LOCALIZED = /^\/(?:api|_next|archive|sign-out)(?:\/|$)|\/[^/]+\.[a-z0-9]+$/i;

/**
 * next-intl's routing, after the checks above: `/ko/...` is Korean; any other page is
 * English at its own address (served as /en/... inside; `/en/...` redirects to it).
 */
const localize = createMiddleware(routing);

function refuse(status: number, error: string, message: string, headers: HeadersInit = {}) {
  return NextResponse.json({ error, message }, { status, headers });
}

export function proxy(request: NextRequest) {
  if (!METHODS.has(request.method))
    return refuse(405, 'method_not_allowed', `${request.method} is not allowed here.`, {
      Allow: [...METHODS].join(', '),
    });
  if (!isReadablePath(request.nextUrl.pathname))
    return refuse(
      400,
      'bad_path',
      'The address has a malformed percent-encoding or a NUL character.',
    );
  const page = !/^\/api(\/|$)/.test(request.nextUrl.pathname);
  if (page && request.method === 'OPTIONS')
    return new NextResponse(null, { status: 204, headers: { Allow: PAGE_ALLOW } });
  if (page && !PAGE_METHODS.has(request.method))
    return refuse(405, 'method_not_allowed', `${request.method} is not allowed on a page.`, {
      Allow: PAGE_ALLOW,
    });
  if (request.method === 'POST' && request.headers.has('next-action')) {
    try {
      assertSameOrigin(request.headers, appNetwork(), request.url);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      return domainErrorResponse(err);
    }
  }
  if (page && !NOT_LOCALIZED.test(request.nextUrl.pathname)) return localize(request);
  return NextResponse.next();
}
