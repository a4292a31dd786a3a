import { describe, expect, test } from 'vitest';
import { bucketEnd, chooseBucketUnit, limitLanes } from './buckets.ts';

const t = (iso: string) => Date.parse(iso);

describe('chooseBucketUnit', () => {
  test.each([
    ['2024-10-01', '2024-10-31', 1000, 'day'],
    ['2024-01-01', '2024-12-31', 1000, 'week'],
    ['2015-01-01', '2024-12-31', 1000, 'month'],
    ['1950-01-01', '2024-12-31', 1000, 'year'],
    ['2024-01-01', '2024-12-31', 200, 'month'],
  ])('%s to %s at %i px → %s', (from, to, width, unit) => {
    expect(chooseBucketUnit(t(from), t(to), width)).toBe(unit);
  });
});

describe('bucketEnd', () => {
  test('months and years end on calendar boundaries', () => {
    expect(new Date(bucketEnd(t('2024-02-01'), 'month')).toISOString().slice(0, 10)).toBe(
      '2024-03-01',
    );
    expect(new Date(bucketEnd(t('2024-01-01'), 'year')).toISOString().slice(0, 10)).toBe(
      '2025-01-01',
    );
  });
});

describe('limitLanes', () => {
  const lane = (name: string, counts: number[]) => ({
    lane: name,
    buckets: counts.map((count, i) => ({ t: i, count })),
    total: counts.reduce((a, b) => a + b, 0),
  });

  test('keeps the busiest lanes and folds the rest into "other" without losing counts', () => {
    const out = limitLanes(
      [lane('a', [1]), lane('b', [5, 5]), lane('c', [2, 1]), lane('d', [0, 3])],
      3,
    );
    expect(out.map((l) => l.lane)).toEqual(['b', 'c', 'other']);
    expect(out[2]).toEqual({
      lane: 'other',
      total: 4,
      buckets: [
        { t: 0, count: 1 },
        { t: 1, count: 3 },
      ],
    });
  });
});
