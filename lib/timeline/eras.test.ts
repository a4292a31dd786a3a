import { describe, expect, test } from 'vitest';
import { placeEras } from './eras.ts';
import { textWidth } from './pack.ts';
import { windowFromDays } from './window.ts';

const panel = { slug: 'panel', title: 'UN Panel of Experts', start: '2009', end: '2024-04' };
const war = { slug: 'war', title: 'War in Ukraine', start: '2022-02-24', end: null };

describe('placeEras', () => {
  test('a partial end covers its whole month; an open era runs to the window edge', () => {
    const win = windowFromDays('2024-01-01', '2024-12-31');
    const [p, w] = placeEras([panel, war], win, 366);
    expect(p.x1).toBe(0);
    expect(Math.round(p.x2)).toBe(121); // 1 January to 30 April: 121 days
    expect(w.x1).toBe(0);
    expect(w.x2).toBe(366);
    expect(w.text).toBe('War in Ukraine');
  });

  test('eras outside the window are left out, and narrow bands lose their label', () => {
    const win = windowFromDays('2024-04-25', '2024-12-31');
    const placed = placeEras([panel], win, 1000);
    expect(placed).toHaveLength(1);
    expect(placed[0].text).toBe('');
    expect(placeEras([panel], windowFromDays('2025-01-01', '2025-12-31'), 1000)).toEqual([]);
  });

  test('titles of eras that start off screen share the row without overlapping', () => {
    const win = windowFromDays('2024-03-01', '2024-05-31');
    const [a, b] = placeEras([panel, war], win, 900);
    expect(a.text).not.toBe('');
    expect(b.text).not.toBe('');
    const [left, right] = a.labelX < b.labelX ? [a, b] : [b, a];
    expect(left.labelX + textWidth(left.text, 11)).toBeLessThan(right.labelX);
    for (const e of [a, b]) expect(e.labelX + textWidth(e.text, 11)).toBeLessThanOrEqual(e.x2);
  });
});
