// Errors a route handler or server action may throw; lib/http/handler.ts turns each
// into its status and a JSON body. Messages are written for the person reading them.

/**
 * Next answers an error whose digest is `NEXT_HTTP_ERROR_FALLBACK;<status>` (what its own
 * notFound(), forbidden() and unauthorized() throw) with that status and app/not-found.tsx,
 * forbidden.tsx or unauthorized.tsx, where any other error thrown by a server action or a
 * page is a 500. So a refusal (requirePermission's 401 or 403, a NotFound from lib/db)
 * reaches the browser as what it is. lib/http/errors.test.ts holds the format to Next's reader.
 */
const ACCESS_FALLBACK_STATUSES = new Set([401, 403, 404]);

export class HttpError extends Error {
  /** Set only for 401, 403 and 404 (see above); Next may write its own on other errors. */
  digest?: string;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    if (ACCESS_FALLBACK_STATUSES.has(status)) this.digest = `NEXT_HTTP_ERROR_FALLBACK;${status}`;
  }
}

/** A bad query parameter (400) or body field (422), each named with its message. */
export class InvalidInput extends HttpError {
  constructor(fields: Record<string, string>, status: 400 | 422 = 422) {
    super(
      status,
      status === 400 ? 'bad_request' : 'validation',
      `Invalid ${Object.keys(fields).join(', ')}`,
      { fields },
    );
  }
}

export class Unauthenticated extends HttpError {
  constructor() {
    super(401, 'unauthenticated', 'Sign in, or send an API token, to do this.');
  }
}

export class Forbidden extends HttpError {
  constructor() {
    super(403, 'forbidden', 'Your role does not allow this.');
  }
}

export class NotFound extends HttpError {
  constructor(what = 'Record') {
    super(404, 'not_found', `${what} not found.`);
  }
}

/** Someone saved first: carries the record as it now stands. */
export class VersionConflict extends HttpError {
  constructor(current: unknown) {
    super(409, 'version_conflict', 'This record was changed by someone else since you loaded it.', {
      current,
    });
  }
}

export class PayloadTooLarge extends HttpError {
  constructor(limit: string) {
    super(413, 'payload_too_large', `Too large: the limit is ${limit}.`);
  }
}

export class TooManyRequests extends HttpError {
  constructor(retryAfterSeconds: number) {
    super(
      429,
      'too_many_requests',
      `Too many attempts; try again in ${retryAfterSeconds} s.`,
      {},
      {
        'Retry-After': String(retryAfterSeconds),
      },
    );
  }
}
