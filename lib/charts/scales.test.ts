import { describe, expect, test } from 'vitest';
import { formatValue, pixelScales, valueAxis, yearTicks } from './scales.ts';
import type { TradePoint } from './trade.ts';

const pts = (values: (number | null)[]) =>
  values.map((value, i) => ({ year: 2000 + i, value }) as TradePoint);

describe('valueAxis', () => {
  test('linear: starts at zero and ends on a round tick above the largest value', () => {
    const axis = valueAxis({
      scale: 'linear',
      series: [{ points: pts([1.2e9, null, 5.6e9]) }] as never,
    });
    expect(axis.domain[0]).toBe(0);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(5.6e9);
    expect(axis.ticks).toContain(0);
    expect(axis.ticks.at(-1)).toBe(axis.domain[1]);
  });

  test('log: powers of ten spanning the smallest and largest figures', () => {
    const axis = valueAxis({ scale: 'log', series: [{ points: pts([7.14e5, 5.6e9]) }] as never });
    expect(axis.domain).toEqual([1e5, 1e10]);
    expect(axis.ticks).toEqual([1e5, 1e6, 1e7, 1e8, 1e9, 1e10]);
  });

  test('yoy values below zero extend the domain below zero', () => {
    const axis = valueAxis({ scale: 'linear', series: [{ points: pts([-52, 12]) }] as never });
    expect(axis.domain[0]).toBeLessThanOrEqual(-52);
  });
});

describe('ticks and positions', () => {
  test('year ticks are whole years, thinned for long windows', () => {
    expect(yearTicks(2015, 2024)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect(yearTicks(2000, 2024)).toEqual([2000, 2005, 2010, 2015, 2020]);
  });

  test('pixel scales put the first and last years half a year inside the frame', () => {
    const { x } = pixelScales(
      { scale: 'linear', from: 2010, to: 2019, series: [] },
      { x0: 0, x1: 100, y0: 0, y1: 100 },
    );
    expect(x(2010)).toBeCloseTo(5);
    expect(x(2019)).toBeCloseTo(95);
  });

  test('formats dollars and percentages for readers', () => {
    expect(formatValue(5.06e9, 'absolute')).toBe('$5.06bn');
    expect(formatValue(334.9e6, 'absolute')).toBe('$335m');
    expect(formatValue(-52.3, 'yoy')).toBe('-52.3%');
    expect(formatValue(12, 'yoy')).toBe('+12.0%');
    expect(formatValue(250, 'yoy', true)).toBe('+250%');
  });

  test('formats dollars in Korean units (억, 만)', () => {
    expect(formatValue(2.3e9, 'absolute', false, 'ko')).toBe('23억 달러');
    expect(formatValue(334.9e6, 'absolute', false, 'ko')).toBe('3.35억 달러');
    expect(formatValue(-714e3, 'absolute', false, 'ko')).toBe('-71.4만 달러');
  });
});
