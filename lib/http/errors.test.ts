import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback.js';
import { describe, expect, test } from 'vitest';
import {
  BadFile,
  BadRequest,
  DatabaseUnavailable,
  Duplicate,
  Forbidden,
  InUse,
  InvalidInput,
  LastAdmin,
  NotFound,
  PayloadTooLarge,
  ReviewRequired,
  TooManyRequests,
  Unauthenticated,
  VersionConflict,
  type DomainError,
} from '../errors.ts';
import { httpStatusOf } from './errors.ts';

describe('refusals as a Next access fallback', () => {
  test.each([
    [new Unauthenticated(), 401],
    [new Forbidden(), 403],
    [new NotFound('Token'), 404],
  ])('Next answers %o with the status the API gives it, not a 500', (err, status) => {
    expect(isHTTPAccessFallbackError(err)).toBe(true);
    expect(
      getAccessFallbackHTTPStatus(err as Parameters<typeof getAccessFallbackHTTPStatus>[0]),
    ).toBe(status);
    expect(httpStatusOf(err)).toBe(status);
  });

  test.each([new InvalidInput({ title: 'Title is required' }), new VersionConflict({})])(
    'leaves other errors to the caller (%o)',
    (err) => {
      expect(isHTTPAccessFallbackError(err)).toBe(false);
      // Next writes its own digest on errors it reports; that must stay possible.
      err.digest = 'written-by-next';
      expect(err.digest).toBe('written-by-next');
    },
  );
});

describe('httpStatusOf', () => {
  test.each<[DomainError, number]>([
    [new BadRequest({ limit: 'x' }), 400],
    [new BadFile('x'), 400],
    [new Unauthenticated(), 401],
    [new Forbidden(), 403],
    [new ReviewRequired(), 403],
    [new NotFound(), 404],
    [new VersionConflict({}), 409],
    [new Duplicate('Tag', { slug: 'x' }), 409],
    [new InUse('x'), 409],
    [new LastAdmin(), 409],
    [new PayloadTooLarge('1 MB'), 413],
    [new InvalidInput({ title: 'x' }), 422],
    [new TooManyRequests(3), 429],
    [new DatabaseUnavailable(), 503],
  ])('answers %o with %i', (err, status) => {
    expect(httpStatusOf(err)).toBe(status);
  });
});
