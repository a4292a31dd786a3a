import { describe, expect, test } from 'vitest';
import { fractionalYear, tradeDomain, tradeYears } from './trade-axis.ts';
import { windowFromDays } from './window.ts';

describe('trade axis under the timeline', () => {
  test('mid-year is the centre of that year’s band', () => {
    expect(fractionalYear(Date.UTC(2024, 0, 1))).toBe(2024);
    expect(fractionalYear(Date.UTC(2024, 6, 2)) - 0.5).toBeCloseTo(2024, 2);
  });

  test('a window of whole years shows exactly those years’ figures', () => {
    const w = windowFromDays('2015-01-01', '2024-12-31');
    expect(tradeDomain(w)).toEqual([2014.5, 2024.5]);
    expect(tradeYears(w)).toEqual({ from: 2014, to: 2025 });
  });
});
