import { describe, expect, test } from 'vitest';
import { textWidth } from './pack.ts';
import { axisTicks } from './ticks.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** No two labels of one row touch, measured with the same width estimate the axis uses. */
function collide(labels: { t: number; label: string }[], start: number, end: number, w: number) {
  const px = (t: number) => ((t - start) / (end - start)) * w;
  return labels.some(
    (l, i) => i > 0 && px(labels[i - 1].t) + textWidth(labels[i - 1].label) > px(l.t),
  );
}

describe('axisTicks', () => {
  test('a month at 1,000 px: days below, the month and year once above', () => {
    const start = day('2024-10-01');
    const end = day('2024-11-01');
    const { ticks, major } = axisTicks(start, end, 1000);
    expect(ticks[0].label).toBe('1');
    expect(ticks.length).toBeGreaterThan(10);
    expect(major).toEqual([{ t: start, label: 'October 2024' }]);
    expect(collide(ticks, start, end, 1000)).toBe(false);
  });

  test('a month at 300 px thins the days so their labels never touch', () => {
    const start = day('2024-10-01');
    const end = day('2024-11-01');
    const { ticks } = axisTicks(start, end, 300);
    expect(ticks.length).toBeLessThan(31);
    expect(collide(ticks, start, end, 300)).toBe(false);
  });

  test('three years: months below, each year named once above', () => {
    const start = day('2022-03-15');
    const end = day('2025-01-01');
    const { level, ticks, major } = axisTicks(start, end, 1200);
    expect(level).toBe('months');
    expect(ticks.every((t) => /^[A-Z][a-z]{2}$/.test(t.label))).toBe(true);
    expect(major.map((m) => m.label)).toEqual(['2022', '2023', '2024']);
    expect(collide(major, start, end, 1200)).toBe(false);
  });

  test('two decades: years only, thinned to fit, no larger row', () => {
    const start = day('2006-01-01');
    const end = day('2025-01-01');
    const { ticks, major } = axisTicks(start, end, 400);
    expect(major).toEqual([]);
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    expect(collide(ticks, start, end, 400)).toBe(false);
  });
});
