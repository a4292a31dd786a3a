import 'server-only';
import { TooManyRequests } from '../errors.ts';
import { domainErrorResponse } from '../http/errors.ts';
import { dbFailureStore } from '../db/accounts/sign-in-failures.ts';
import { addressBucket, appNetwork, clientAddress, type Network } from './client-address.ts';
import { Throttle } from './throttle.ts';

/** The app's sign-in throttle, shared by every process through the database. */
const signInThrottle = new Throttle(dbFailureStore);

type RouteHandler = (
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
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get('email') ?? '')
      .trim()
      .toLowerCase();
    const keys = throttleKeys(request, email, network ?? appNetwork());
    const verdict = await throttle.attempt(keys);
    if ('retryAfterSeconds' in verdict) {
      return domainErrorResponse(new TooManyRequests(verdict.retryAfterSeconds));
    }
    if (verdict.delayMs) await sleep(verdict.delayMs);
    const response = await next(request, context);
    const signedIn = (response.headers.get('set-cookie') ?? '').includes('session-token=');
    if (signedIn) await throttle.succeed(keys);
    return response;
  };
}
