import { describe, expect, test } from 'vitest';
import { clusterWindow } from './cluster-window.ts';
import { DAY_MS, MIN_SPAN_MS, windowToDays } from './window.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('clusterWindow', () => {
  test('covers exactly the whole days of the events', () => {
    const w = clusterWindow({ start: day('2024-10-08'), end: day('2024-10-28') + DAY_MS });
    expect(windowToDays(w)).toEqual({ from: '2024-10-08', to: '2024-10-28' });
  });

  test('widens one day to the shortest window, keeping the day inside', () => {
    const w = clusterWindow({ start: day('2024-10-23'), end: day('2024-10-24') });
    expect(w.end - w.start).toBe(MIN_SPAN_MS);
    expect(windowToDays(w)).toEqual({ from: '2024-10-22', to: '2024-10-24' });
  });
});
