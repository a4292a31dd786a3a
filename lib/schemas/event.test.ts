import { describe, expect, test } from 'vitest';
import { fieldErrorsOf } from './errors.ts';
import { eventInputSchema } from './event.ts';

const valid = { slug: 'a-b', title: 'A title', date: '2024-10-23' };
const errorsOf = (input: object) => {
  const r = eventInputSchema.safeParse({ ...valid, ...input });
  return r.success ? {} : fieldErrorsOf(r.error);
};

describe('eventInputSchema', () => {
  test('accepts a minimal event and fills defaults', () => {
    expect(eventInputSchema.parse(valid)).toMatchObject({
      status: 'reported',
      publication: 'draft',
      datePrecision: 'day',
      actors: [],
      endDate: null,
    });
  });

  test.each([
    [{ endDate: '2024-10-01' }, 'endDate', 'End date is before start date'],
    [{ date: '2024-02-30' }, 'date', 'Date 2024-02-30 is not a day of that month'],
    [{ date: '2024-13' }, 'date', 'Date 2024-13 has no month 13: months run from 01 to 12'],
    [{ date: '11/20/2024' }, 'date', 'Date must be written 2024, 2024-11 or 2024-11-20'],
    [
      { date: '2024-11', endDate: '2024-12-20' },
      'endDate',
      'End date must be written like the start date (YYYY-MM)',
    ],
    [{ date: '2024-11', endDate: '2024-10' }, 'endDate', 'End date is before start date'],
    [
      { date: '2024-11', datePrecision: 'day' },
      'datePrecision',
      'Date precision day does not match the date 2024-11, which is known to the month',
    ],
    [{ date: '0024-10-23' }, 'date', 'Year must be 0100 or later'],
    [{ date: '0000-01-01' }, 'date', 'Year must be 0100 or later'],
    [
      { sources: [{ publisher: 'P', title: 'T', publishedAt: '0099-12' }] },
      'sources.0.publishedAt',
      'Year must be 0100 or later',
    ],
    [{ title: 'x'.repeat(1_000_000) }, 'title', 'Title must be at most 300 characters'],
    [{ title: '   ' }, 'title', 'Title is required'],
    [{ slug: 'Not A Slug' }, 'slug', 'Slug may use lower-case letters, digits and single hyphens'],
    [
      { sources: [{ publisher: 'P', title: 'T', url: 'javascript:alert(1)' }] },
      'sources.0.url',
      'URL must start with http:// or https://',
    ],
    [
      { sources: [{ publisher: 'P', title: 'T', credibility: 9 }] },
      'sources.0.credibility',
      'Credibility must be from 1 to 6',
    ],
    [
      { sources: [{ publisher: 'P', title: 'T', reliability: 'Z' }] },
      'sources.0.reliability',
      'Reliability must be a grade from A to F',
    ],
    [{ actors: [{ code: 'KP' }, { code: 'kp' }] }, 'actors.1.code', 'Actor KP is listed twice'],
    [
      { status: 'rumoured' },
      'status',
      'Status must be reported, confirmed, disputed, denied or retracted',
    ],
  ])('rejects %o with %s: %s', (input, field, message) => {
    expect(errorsOf(input)[field]).toBe(message);
  });

  test.each([
    [{ date: '2024' }, { date: '2024-01-01', datePrecision: 'year', endDate: null }],
    [{ date: '2024-11' }, { date: '2024-11-01', datePrecision: 'month', endDate: null }],
    [
      { date: '2024-11', endDate: '2025-02' },
      { date: '2024-11-01', datePrecision: 'month', endDate: '2025-02-28' },
    ],
    [{ date: '2024-11-20' }, { date: '2024-11-20', datePrecision: 'day', endDate: null }],
    // The stored form of a month (its first day plus the precision) reads back unchanged.
    [
      { date: '2024-11-01', datePrecision: 'month' },
      { date: '2024-11-01', datePrecision: 'month', endDate: null },
    ],
  ])('takes the precision from the typed date %o', (input, stored) => {
    expect(eventInputSchema.parse({ ...valid, ...input })).toMatchObject(stored);
  });

  test('accepts the year 0100, the earliest allowed', () => {
    expect(errorsOf({ date: '0100-01-01' })).toEqual({});
  });
});
