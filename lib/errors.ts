// What can go wrong, in the application's own terms: lib/db, lib/auth and lib/import throw
// these; lib/http/handler.ts answers each with its status, lib/actions/form-state.ts turns
// each into form feedback. No HTTP here, so any layer (and the browser) may import it.
// Messages are written for the person reading them.

/**
 * Next's own marker for notFound(), forbidden() and unauthorized(): with authInterrupts it
 * answers an error carrying it with that page and status, where any other error thrown by a
 * server action or a page is a 500. A server action has no wrapper of ours to translate a
 * refusal, so the three refusals carry it themselves. lib/http/errors.test.ts holds the
 * format to Next's reader.
 */
import { parseMsg } from './i18n/api-messages.ts';

const nextAccessFallback = (page: 'unauthorized' | 'forbidden' | 'not-found') =>
  `NEXT_HTTP_ERROR_FALLBACK;${{ unauthorized: 401, forbidden: 403, 'not-found': 404 }[page]}`;

export abstract class DomainError extends Error {
  /** The `error` of the JSON body: a stable name clients and the OpenAPI document rely on. */
  abstract readonly code: string;
  /** Field → message, shown beside each field. */
  declare readonly fields?: Record<string, string>;
  /** Next may write its own digest on errors it reports; only the refusals set one here. */
  declare digest?: string;
}

/** A bad field of a body or form, each named with its message. */
export class InvalidInput extends DomainError {
  readonly code: string = 'validation';
  constructor(readonly fields: Record<string, string>) {
    super(`Invalid ${Object.keys(fields).join(', ')}`);
  }
}

/** A bad query parameter, or a body that is not JSON: the request itself, not a record's field. */
export class BadRequest extends InvalidInput {
  override readonly code = 'bad_request';
}

/** An import file that cannot be read as events. */
export class BadFile extends DomainError {
  readonly code = 'bad_file';
  readonly fields: Record<string, string>;
  constructor(message: string) {
    super(message);
    this.fields = { file: message };
  }
}

export class Unauthenticated extends DomainError {
  readonly code = 'unauthenticated';
  constructor() {
    super('Sign in, or send an API token, to do this.');
    this.digest = nextAccessFallback('unauthorized');
  }
}

export class Forbidden extends DomainError {
  readonly code: string = 'forbidden';
  constructor(message = parseMsg('forbidden')) {
    super(message);
    this.digest = nextAccessFallback('forbidden');
  }
}

export class NotFound extends DomainError {
  readonly code = 'not_found';
  constructor(what = 'Record') {
    super(parseMsg('notFound', { label: what }));
    this.digest = nextAccessFallback('not-found');
  }
}

/** Someone saved first: carries the record as it now stands. */
export class VersionConflict extends DomainError {
  readonly code = 'version_conflict';
  constructor(
    readonly current: unknown,
    message = parseMsg('versionConflict'),
  ) {
    super(message);
  }
}

/** A clash on a unique key is the editor's to fix, naming the fields. */
export class Duplicate extends DomainError {
  readonly code = 'duplicate';
  constructor(
    label: string,
    readonly fields: Record<string, string>,
  ) {
    super(parseMsg('duplicate', { label: label.toLowerCase() }));
  }
}

/** Refused trash of a record others still use. */
export class InUse extends DomainError {
  readonly code = 'in_use';
}

/** The change would leave no admin able to manage accounts. */
export class LastAdmin extends DomainError {
  readonly code = 'last_admin';
  constructor() {
    super('The last admin cannot be demoted or disabled.');
  }
}

/** With review required, the author of an event may not publish it. */
export class ReviewRequired extends DomainError {
  readonly code = 'review_required';
  readonly fields = {
    publication: 'Another editor must publish this event (review is required)',
  };
  constructor() {
    super('Review is required: another editor must publish this event.');
  }
}

export class PayloadTooLarge extends DomainError {
  readonly code = 'payload_too_large';
  constructor(limit: string) {
    super(`Too large: the limit is ${limit}.`);
  }
}

export class TooManyRequests extends DomainError {
  readonly code = 'too_many_requests';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} s.`);
  }
}

/**
 * The digest a page's error boundary (app/error.tsx) recognises: Next keeps a digest an error
 * already has, and sends only the digest to the browser.
 */
export const DATABASE_UNAVAILABLE_DIGEST = 'DATABASE_UNAVAILABLE';

/** The database cannot be reached or did not answer in time: worth trying again shortly. */
export class DatabaseUnavailable extends DomainError {
  readonly code = 'unavailable';
  readonly retryAfterSeconds = 5;
  constructor() {
    super(
      'The database is temporarily unavailable; nothing was changed. Try again in a few seconds.',
    );
    this.digest = DATABASE_UNAVAILABLE_DIGEST;
  }
}
