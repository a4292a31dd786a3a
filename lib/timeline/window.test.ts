import { describe, expect, test } from 'vitest';
import { eventExtent } from './layout.ts';
import { axisLevel, axisTicks } from './ticks.ts';
import {
  clampWindow,
  DAY_MS,
  MIN_SPAN_MS,
  panBounds,
  panWindow,
  windowFromDays,
  windowToDays,
  zoomWindow,
} from './window.ts';

const w = windowFromDays('2024-01-01', '2024-12-31');

describe('zoomWindow and panWindow', () => {
  test('zooming in halves the span around the centre, and the URL days follow', () => {
    expect(windowToDays(zoomWindow(w, 0.5))).toEqual({ from: '2024-04-01', to: '2024-10-01' });
  });

  test('keeps the instant under the pointer in place', () => {
    const z = zoomWindow(w, 0.5, 0);
    expect(z.start).toBe(w.start);
  });

  test('never zooms in below a few days', () => {
    let z = w;
    for (let i = 0; i < 20; i++) z = zoomWindow(z, 0.5);
    expect(z.end - z.start).toBeGreaterThanOrEqual(MIN_SPAN_MS);
  });

  test('pans by a fraction of the span', () => {
    expect(windowToDays(panWindow(windowFromDays('2024-01-01', '2024-01-10'), 0.5))).toEqual({
      from: '2024-01-06',
      to: '2024-01-15',
    });
  });
});

describe('axisTicks', () => {
  test.each([
    ['1950-01-01', '2024-12-31', 'decades', '1960'],
    ['2006-01-01', '2024-12-31', 'years', '2010'],
    // Two-level axis: the small unit on each tick, the larger named once above (ticks.test.ts).
    ['2024-01-01', '2024-12-31', 'months', 'Apr'],
    ['2024-10-01', '2024-10-31', 'days', '8'],
  ])('%s to %s is labelled in %s', (from, to, level, sample) => {
    const win = windowFromDays(from, to);
    expect(axisLevel(win.end - win.start)).toBe(level);
    const { ticks } = axisTicks(win.start, win.end, 1000);
    expect(ticks.map((t) => t.label)).toContain(sample);
  });
});

describe('eventExtent', () => {
  test('a month-precision event covers its whole month', () => {
    const e = eventExtent({ date: '2024-02-01', endDate: null, datePrecision: 'month' });
    expect(e.kind).toBe('span');
    expect(new Date(e.end).toISOString().slice(0, 10)).toBe('2024-03-01');
  });

  test('an event with an end date is a bar to the end of its last day', () => {
    const e = eventExtent({ date: '2024-10-08', endDate: '2024-10-13', datePrecision: 'day' });
    expect(e.kind).toBe('bar');
    expect(new Date(e.end).toISOString().slice(0, 10)).toBe('2024-10-14');
  });
});

describe('pan bounds', () => {
  const bounds = panBounds({ from: '2020-01-01', to: '2024-12-31' });

  test('reach a tenth of the data span beyond the first and last event', () => {
    const span = windowFromDays('2020-01-01', '2024-12-31');
    const margin = (span.end - span.start) / 10;
    expect(bounds).toEqual({ start: span.start - margin, end: span.end + margin });
  });

  test('stop a pan at the edge and keep the window width', () => {
    const w = windowFromDays('2035-01-01', '2035-12-31');
    const clamped = clampWindow(w, bounds);
    expect(clamped.end).toBeLessThanOrEqual(bounds.end + DAY_MS);
    expect(Math.abs(clamped.end - clamped.start - (w.end - w.start))).toBeLessThanOrEqual(DAY_MS);
  });

  test('shrink a window wider than the data to the bounds', () => {
    const clamped = clampWindow(windowFromDays('1900-01-01', '2100-01-01'), bounds);
    expect(clamped.start).toBeGreaterThanOrEqual(bounds.start - DAY_MS);
    expect(clamped.end).toBeLessThanOrEqual(bounds.end + DAY_MS);
  });

  test('leave a window inside the bounds alone', () => {
    const w = windowFromDays('2022-03-01', '2022-06-30');
    expect(clampWindow(w, bounds)).toEqual(w);
  });
});
