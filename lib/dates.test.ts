import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatPartialDate,
  isBeforeMinYear,
  parsePartialDate,
  periodEnd,
  toPartialDate,
} from './dates.ts';

describe('parsePartialDate', () => {
  test.each([
    ['2006', '2006-01-01', 'year'],
    ['2012-09', '2012-09-01', 'month'],
    ['2024-10-23', '2024-10-23', 'day'],
    ['2024-02-29', '2024-02-29', 'day'],
  ])('%s starts on %s with %s precision', (input, iso, precision) => {
    const parsed = parsePartialDate(input)!;
    expect(parsed.date.toISOString().slice(0, 10)).toBe(iso);
    expect(parsed.precision).toBe(precision);
  });

  test.each([
    '2023-02-29',
    '2024-13',
    '2024-00-10',
    '24-10-01',
    '2024/10/01',
    '',
    '2024-10-23T00:00',
  ])('rejects %j', (input) => expect(parsePartialDate(input)).toBeNull());

  test('keeps a two-digit year as given (Date.UTC would read 0024 as 1924)', () => {
    expect(parsePartialDate('0024-10-23')!.date.toISOString().slice(0, 10)).toBe('0024-10-23');
    expect(periodEnd(parsePartialDate('0050')!.date, 'year').toISOString().slice(0, 10)).toBe(
      '0050-12-31',
    );
    expect(periodEnd(parsePartialDate('0024-02')!.date, 'month').toISOString().slice(0, 10)).toBe(
      '0024-02-29',
    );
  });

  test.each([
    ['0024-10-23', true],
    ['0099', true],
    ['0100-01-01', false],
    ['2024', false],
  ])('%s comes before the earliest year allowed: %s', (value, before) =>
    expect(isBeforeMinYear(value)).toBe(before),
  );
});

describe('formatting for readers', () => {
  test('shows a date only as precisely as it is known', () => {
    const d = new Date('2012-09-01');
    expect(formatDate(d, 'year')).toBe('2012');
    expect(formatDate(d, 'month')).toBe('September 2012');
    expect(formatDate(d, 'day')).toBe('1 September 2012');
    expect(toPartialDate(d, 'month')).toBe('2012-09');
  });

  test('shows a range when the end differs from the start', () => {
    expect(formatDateRange(new Date('2024-10-08'), new Date('2024-10-13'), 'day')).toBe(
      '8 October 2024 – 13 October 2024',
    );
    expect(formatDateRange(new Date('2024-10-08'), null, 'day')).toBe('8 October 2024');
  });

  test('never shifts a day whatever the time zone', () => {
    expect(formatDate(new Date('2024-12-31'), 'day')).toBe('31 December 2024');
  });

  test('says when a partial date is unknown', () => {
    expect(formatPartialDate(null)).toBe('date unknown');
    expect(formatPartialDate('2024-10')).toBe('October 2024');
  });

  test('in Korean: 2024년 10월 23일, as precisely as known, ranges by Intl', () => {
    expect(formatDate(new Date('2024-10-23'), 'day', 'ko')).toBe('2024년 10월 23일');
    expect(formatDate(new Date('2024-10-01'), 'month', 'ko')).toBe('2024년 10월');
    expect(formatDate(new Date('2024-01-01'), 'year', 'ko')).toBe('2024년');
    expect(formatDateRange(new Date('2024-10-08'), new Date('2024-10-13'), 'day', 'ko')).toBe(
      '2024년 10월 8일~13일',
    );
    expect(formatDateRange(new Date('2024-10-23'), new Date('2024-11-02'), 'day', 'ko')).toBe(
      '2024년 10월 23일~11월 2일',
    );
    expect(formatDateRange(new Date('2024-12-30'), new Date('2025-01-02'), 'day', 'ko')).toBe(
      '2024년 12월 30일~2025년 1월 2일',
    );
    expect(formatDateRange(new Date('2024-10-01'), new Date('2024-12-31'), 'month', 'ko')).toBe(
      '2024년 10월~12월',
    );
    expect(formatPartialDate(null, 'ko')).toBe('날짜 미상');
    expect(formatPartialDate('2024-10-23', 'ko')).toBe('2024년 10월 23일');
  });
});
