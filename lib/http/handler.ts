import { ZodError, type z } from 'zod';
import { hasNul, nulMessage } from '../schemas/common.ts';
import { fieldErrorsOf } from '../schemas/errors.ts';
import { BadRequest, DomainError, InvalidInput } from '../errors.ts';
import { asUnavailable } from '../db/core/unavailable.ts';
import { msg } from '../i18n/api-messages.ts';
import { requestLocale } from '../i18n/api-locale.ts';
import type { Locale } from '../i18n/localized.ts';
import { domainErrorResponse } from './errors.ts';

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wraps a route handler: a thrown domain error (lib/errors.ts) becomes its status and JSON body, a ZodError
 * a 422 naming every bad field, an unreachable database a 503 with Retry-After, anything else a 500 with a generic message (logged,
 * never sent: no stack traces reach the client).
 */
export function handler<C = unknown>(fn: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await fn(request, context);
    } catch (err) {
      return errorResponse(err, requestLocale(request));
    }
  };
}

/** `locale`: the language of field messages (Accept-Language; English by default). */
export function errorResponse(err: unknown, locale: Locale = 'en'): Response {
  if (err instanceof ZodError) err = new InvalidInput(fieldErrorsOf(err));
  // A database that cannot be reached is a 503 to retry, not a bug: also when the failure
  // came from outside a query (a transaction that could not start).
  err = asUnavailable(err);
  if (err instanceof DomainError) return domainErrorResponse(err, locale);
  console.error('Unhandled error in route handler:', err);
  return Response.json(
    { error: 'internal', message: 'Something went wrong on our side; it has been logged.' },
    { status: 500 },
  );
}

/**
 * Parses query parameters with a schema; a bad one is a 400 naming the parameter. A NUL
 * character is refused in any parameter, known to the schema or not: PostgreSQL cannot
 * compare text with one, and no URL of ours has one.
 */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): z.infer<S> {
  const raw: Record<string, string | string[]> = {};
  const withNul: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
    if (hasNul(key) || all.some(hasNul)) withNul[key] = nulMessage('The parameter');
  }
  if (Object.keys(withNul).length) throw new BadRequest(withNul);
  const result = schema.safeParse(raw);
  if (!result.success) {
    // Name the parameter itself ('status'), not the position of a repeated value ('status.0').
    const fields: Record<string, string> = {};
    for (const [path, message] of Object.entries(fieldErrorsOf(result.error)))
      fields[path.split('.')[0]] ??= message;
    throw new BadRequest(fields);
  }
  return result.data;
}

/** Reads a JSON body; malformed JSON is a 400, not a 500. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new BadRequest({ body: msg('bodyJson') });
  }
}

/**
 * A PATCH body over the stored record: fields not sent keep their current values. The
 * result is checked by the kind's update schema (with `version`), as a full save would be.
 */
export function patchInput<I>(
  spec: {
    updateSchema: z.ZodType<I & { version: number }>;
    toInput(dto: never): Record<string, unknown>;
  },
  current: unknown,
  body: unknown,
): I & { version: number } {
  return spec.updateSchema.parse({
    ...spec.toInput(current as never),
    ...(typeof body === 'object' ? body : {}),
  });
}
