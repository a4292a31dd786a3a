import { asUnavailable } from '../db/core/unavailable.ts';
import { DomainError, VersionConflict } from '../errors.ts';

// The one adapter from a domain error (lib/errors.ts) to what an editor form shows: every
// server action answers its form through toFormState, and every plain button through
// noticeOf, so a refusal reads the same on every page.

/** What a form action answers after a refused write. */
export interface FormFeedback<V, C = unknown> {
  values: V;
  /** When the answer was made: a new key, so the form re-mounts with these values. */
  at: number;
  fieldErrors?: Record<string, string>;
  formError?: string;
  conflict?: C;
}

const fieldsOf = (err: DomainError) =>
  err.fields && Object.keys(err.fields).length ? err.fields : undefined;

/**
 * A domain error as form feedback: field messages beside their fields, otherwise the message
 * above the form. A VersionConflict also carries the record as it now stands, shaped for the
 * form by `onConflict` (which may replace the values and message, e.g. with the new version).
 * Anything else is a bug, rethrown for the error page.
 */
export function toFormState<V, C = never>(
  err: unknown,
  values: V,
  onConflict?: (current: unknown) => Partial<FormFeedback<V, C>>,
): FormFeedback<V, C> {
  err = asUnavailable(err);
  if (!(err instanceof DomainError)) throw err;
  const fieldErrors = fieldsOf(err);
  const state: FormFeedback<V, C> = {
    values,
    at: Date.now(),
    fieldErrors,
    formError: fieldErrors ? undefined : err.message,
  };
  return err instanceof VersionConflict && onConflict
    ? { ...state, ...onConflict(err.current) }
    : state;
}

/**
 * A domain error as one line for a notice (plain form buttons): the field messages, since
 * they say what to do ("restore it under Sources first") where the message only names the
 * fields. `say` puts each in the page's language. Anything else is rethrown.
 */
export function noticeOf(err: unknown, say: (message: string) => string = (m) => m): string {
  err = asUnavailable(err);
  if (!(err instanceof DomainError)) throw err;
  const fields = fieldsOf(err);
  return fields ? Object.values(fields).map(say).join(' ') : say(err.message);
}
