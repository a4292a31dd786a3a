import { DatabaseUnavailable, DomainError, TooManyRequests } from '../errors.ts';

// The one place a domain error (lib/errors.ts) becomes HTTP: its status, JSON body and
// headers. The `error` codes and statuses are the API's contract (docs/openapi and tests).

const STATUS: Record<string, number> = {
  bad_request: 400,
  bad_file: 400,
  unauthenticated: 401,
  forbidden: 403,
  cross_site: 403,
  review_required: 403,
  not_found: 404,
  version_conflict: 409,
  duplicate: 409,
  in_use: 409,
  last_admin: 409,
  payload_too_large: 413,
  validation: 422,
  too_many_requests: 429,
  unavailable: 503,
};

/** The status of a domain error; a code missing above is a bug of ours, hence 500. */
export function httpStatusOf(err: DomainError): number {
  return STATUS[err.code] ?? 500;
}

/** `{ error, message, fields?, current? }` with its status and headers. */
export function domainErrorResponse(err: DomainError): Response {
  const current = 'current' in err ? err.current : undefined;
  return Response.json(
    {
      error: err.code,
      message: err.message,
      ...(err.fields && { fields: err.fields }),
      ...(current !== undefined && { current }),
    },
    {
      status: httpStatusOf(err),
      headers:
        err instanceof TooManyRequests
          ? { 'Retry-After': String(err.retryAfterSeconds) }
          : // No cache may keep "unavailable" past the outage.
            err instanceof DatabaseUnavailable
            ? { 'Retry-After': String(err.retryAfterSeconds), 'Cache-Control': 'no-store' }
            : {},
    },
  );
}
