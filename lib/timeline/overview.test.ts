import { describe, expect, test } from 'vitest';
import { brushDrag, overviewDomain } from './overview.ts';
import { DAY_MS, MIN_SPAN_MS, windowFromDays, windowToDays } from './window.ts';

const oct = windowFromDays('2024-10-01', '2024-10-31');

describe('brushDrag', () => {
  test('dragging the body pans, keeping the span', () => {
    expect(windowToDays(brushDrag(oct, 'move', 10 * DAY_MS))).toEqual({
      from: '2024-10-11',
      to: '2024-11-10',
    });
  });

  test('dragging an edge zooms from that end only', () => {
    expect(windowToDays(brushDrag(oct, 'start', 20 * DAY_MS))).toEqual({
      from: '2024-10-21',
      to: '2024-10-31',
    });
    expect(windowToDays(brushDrag(oct, 'end', 31 * DAY_MS))).toEqual({
      from: '2024-10-01',
      to: '2024-12-01',
    });
  });

  test('an edge never passes the other: the shortest window stays', () => {
    const w = brushDrag(oct, 'start', 90 * DAY_MS);
    expect(w.end - w.start).toBe(MIN_SPAN_MS);
  });
});

describe('overviewDomain', () => {
  test('covers every bar and the window', () => {
    const bars = [{ t: Date.UTC(2006, 0, 1), end: Date.UTC(2007, 0, 1) }];
    const d = overviewDomain(bars, oct);
    expect(d.start).toBeLessThan(bars[0].t);
    expect(d.end).toBeGreaterThan(oct.end);
  });
});
