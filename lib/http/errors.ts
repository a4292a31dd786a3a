import { DatabaseUnavailable, DomainError, InvalidInput, TooManyRequests } from '../errors.ts';
import { translateApiMessage, translateFields } from '../i18n/api-locale.ts';
import { msg } from '../i18n/api-messages.ts';
import type { Locale } from '../i18n/localized.ts';

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

/** The message of a field error in `locale`: InvalidInput's own names the bad fields. */
function messageOf(err: DomainError, locale: Locale): string {
  if (
    err instanceof InvalidInput &&
    err.message === `Invalid ${Object.keys(err.fields).join(', ')}`
  )
    return translateApiMessage(
      msg('invalid', { fields: Object.keys(err.fields).join(', ') }),
      locale,
    );
  // Messages built from the catalogue (not found, duplicate, …) are said again; others stay.
  return translateApiMessage(err.message, locale);
}

/**
 * `{ error, message, fields?, current? }` with its status and headers. Field messages in
 * `locale` where the catalogue has them (messages/<locale>/api.json), said in Content-Language.
 */
export function domainErrorResponse(err: DomainError, locale: Locale = 'en'): Response {
  const current = 'current' in err ? err.current : undefined;
  const headers: Record<string, string> =
    err instanceof TooManyRequests
      ? { 'Retry-After': String(err.retryAfterSeconds) }
      : // No cache may keep "unavailable" past the outage.
        err instanceof DatabaseUnavailable
        ? { 'Retry-After': String(err.retryAfterSeconds), 'Cache-Control': 'no-store' }
        : {};
  headers['Content-Language'] = locale;
  // Caches keep one answer per language.
  headers['Vary'] = 'Accept-Language';
  return Response.json(
    {
      error: err.code,
      message: messageOf(err, locale),
      ...(err.fields && { fields: translateFields(err.fields, locale) }),
      ...(current !== undefined && { current }),
    },
    { status: httpStatusOf(err), headers },
  );
}
