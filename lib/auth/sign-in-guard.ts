import 'server-only';
import { TooManyRequests } from '../http/errors.ts';
import { dbFailureStore } from '../db/sign-in-failures.ts';
import { Throttle } from './throttle.ts';

/** The app's sign-in throttle, shared by every process through the database. */
const signInThrottle = new Throttle(dbFailureStore);

type RouteHandler = (
  request: Request,
  context: { params: Promise<{ nextauth: string[] }> },
) => Promise<Response>;

function clientAddress(request: Request): string {
  return (
    request.headers.get('x-forwarded-for')?.split(',')[0].trim() ||
    request.headers.get('x-real-ip') ||
    'local'
  );
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
  }: { throttle?: Throttle; sleep?: (ms: number) => Promise<void> } = {},
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
    const keys = [`ip:${clientAddress(request)}`, ...(email ? [`account:${email}`] : [])];
    const verdict = await throttle.check(keys);
    if ('retryAfterSeconds' in verdict) {
      const err = new TooManyRequests(verdict.retryAfterSeconds);
      return Response.json(
        { error: err.code, message: err.message },
        { status: 429, headers: err.headers },
      );
    }
    if (verdict.delayMs) await sleep(verdict.delayMs);
    const response = await next(request, context);
    const signedIn = (response.headers.get('set-cookie') ?? '').includes('session-token=');
    if (signedIn) await throttle.succeed(keys);
    else await throttle.fail(keys);
    return response;
  };
}
