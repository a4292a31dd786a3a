import 'server-only';
import { NextRequest } from 'next/server';
import { BadRequest, TooManyRequests } from '../errors.ts';
import { domainErrorResponse } from '../http/errors.ts';
import { dbFailureStore } from '../db/accounts/sign-in-failures.ts';
import { addressBucket, appNetwork, clientAddress, type Network } from './client-address.ts';
import { Throttle } from './throttle.ts';

/** The app's sign-in throttle, shared by every process through the database. */
const signInThrottle = new Throttle(dbFailureStore);

export type RouteHandler = (
  request: Request,
  context: { params: Promise<{ nextauth: string[] }> },
) => Promise<Response>;

/**
 * The throttle's keys for an attempt: the client's address and the account.
 *
 * - The address is the socket's peer, or what a trusted proxy says it is
 *   (lib/auth/client-address.ts), never a header the client wrote: a client cannot get a
 *   fresh budget by sending another X-Forwarded-For, nor spend someone else's. So an
 *   attacker failing on invented e-mails locks out only their own address (an IPv6
 *   client's whole /64), never the other accounts or the people signing in from elsewhere.
 * - The account limit holds however many addresses guess at one account. It is kept for
 *   every e-mail tried, existing or not: limiting only existing accounts would answer 429
 *   for them alone and so tell an attacker which e-mails have accounts.
 * - An unknown address (the app not started through its own web server, so nothing stamps
 *   the socket address) adds no address key: one shared key would let anyone lock out
 *   everybody.
 */
function throttleKeys(request: Request, email: string, network: Network): string[] {
  const address = clientAddress(request.headers, network);
  return [
    ...(address ? [`ip:${addressBucket(address)}`] : []),
    ...(email ? [`account:${email}`] : []),
  ];
}

const FORM = 'application/x-www-form-urlencoded';

/**
 * The credentials callback's form, read once, exactly as next-auth will see it, or the
 * field that is wrong. next-auth also takes a JSON body and, for a repeated field, the last
 * value: the throttle must judge the very e-mail whose password is checked, so only a form
 * with exactly one `email` and one `password` passes (our sign-in page sends just that).
 */
async function readCredentials(request: Request): Promise<URLSearchParams | BadRequest> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== FORM) return new BadRequest({ 'content-type': `must be ${FORM}` });
  const form = new URLSearchParams(await request.text());
  for (const field of ['email', 'password']) {
    const count = form.getAll(field).length;
    if (count !== 1)
      return new BadRequest({
        [field]: count ? 'must be sent once' : 'is required',
      });
  }
  return form;
}

/**
 * A request like `request` whose body is `form`, the one the guard judged (a NextRequest:
 * next-auth reads its `nextUrl`).
 */
function withBody(request: Request, form: URLSearchParams): Request {
  const headers = new Headers(request.headers);
  headers.set('content-type', FORM);
  headers.delete('content-length');
  return new NextRequest(request.url, { method: request.method, headers, body: form.toString() });
}

/**
 * Wraps next-auth's POST so password sign-ins are throttled per address and per account:
 * slowed after a few failures, then refused with 429 and Retry-After. A sign-in succeeded
 * when next-auth set a session cookie. Nothing from the body is logged.
 */
export function guardSignIn(
  next: RouteHandler,
  {
    throttle = signInThrottle,
    sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    network,
  }: { throttle?: Throttle; sleep?: (ms: number) => Promise<void>; network?: Network } = {},
): RouteHandler {
  return async (request, context) => {
    if (!new URL(request.url).pathname.endsWith('/callback/credentials'))
      return next(request, context);
    const form = await readCredentials(request);
    if (form instanceof BadRequest) return domainErrorResponse(form);
    const email = form.get('email')!.trim().toLowerCase();
    const keys = throttleKeys(request, email, network ?? appNetwork());
    const verdict = await throttle.attempt(keys);
    if ('retryAfterSeconds' in verdict) {
      return domainErrorResponse(new TooManyRequests(verdict.retryAfterSeconds));
    }
    if (verdict.delayMs) await sleep(verdict.delayMs);
    const response = await next(withBody(request, form), context);
    const signedIn = (response.headers.get('set-cookie') ?? '').includes('session-token=');
    if (signedIn) await throttle.succeed(keys);
    return response;
  };
}
