// Errors a route handler or server action may throw; lib/http/handler.ts turns each
// into its status and a JSON body. Messages are written for the person reading them.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
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
