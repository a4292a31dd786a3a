import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback.js';
import { describe, expect, test } from 'vitest';
import { Forbidden, HttpError, InvalidInput, NotFound, Unauthenticated } from './errors.ts';

describe('HttpError as a Next access fallback', () => {
  test.each([
    [new Unauthenticated(), 401],
    [new Forbidden(), 403],
    [new NotFound('Token'), 404],
    [new HttpError(404, 'not_found', 'Event not found.'), 404],
  ])('Next answers %o with its status, not a 500', (err, status) => {
    expect(isHTTPAccessFallbackError(err)).toBe(true);
    expect(
      getAccessFallbackHTTPStatus(err as Parameters<typeof getAccessFallbackHTTPStatus>[0]),
    ).toBe(status);
    expect(err.status).toBe(status);
  });

  test.each([new InvalidInput({ title: 'Title is required' }), new HttpError(409, 'c', 'm')])(
    'leaves other statuses to the caller (%o)',
    (err) => {
      expect(isHTTPAccessFallbackError(err)).toBe(false);
      // Next writes its own digest on errors it reports; that must stay possible.
      err.digest = 'written-by-next';
      expect(err.digest).toBe('written-by-next');
    },
  );
});
