import { describe, expect, test } from 'vitest';
import { FIRST_VIEW_EVENTS, firstView } from './first-view.ts';
import { DAY_MS, windowToDays } from './window.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const newestFirst = (isos: string[]) => isos.map(day).sort((a, b) => b - a);

describe('firstView', () => {
  test('opens on the busy recent stretch, not on the quiet years before it', () => {
    const busy = [...Array(14).keys()].map((i) => `2024-10-${String(10 + i).padStart(2, '0')}`);
    const starts = newestFirst(['2006-01-01', '2012-09-01', '2020-01-01', '2024-06-19', ...busy]);
    const w = firstView(starts, day('2024-10-24'))!;
    const { from, to } = windowToDays(w);
    expect(from >= '2024-10-01' && from <= '2024-10-10').toBe(true);
    expect(to >= '2024-10-23').toBe(true);
  });

  test('holds at most FIRST_VIEW_EVENTS of an even stream', () => {
    const starts = [...Array(100).keys()].map((i) => day('2024-12-31') - i * DAY_MS);
    const w = firstView(starts.slice(0, FIRST_VIEW_EVENTS + 1), day('2025-01-01'))!;
    const inside = starts.filter((t) => t >= w.start && t < w.end);
    expect(inside.length).toBeLessThanOrEqual(FIRST_VIEW_EVENTS + 2);
    expect(inside.length).toBeGreaterThanOrEqual(30);
  });

  test('has nothing to say without events', () => {
    expect(firstView([], 0)).toBeNull();
  });
});
