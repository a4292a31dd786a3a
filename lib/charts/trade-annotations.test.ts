import { describe, expect, test } from 'vitest';
import { labelWidth, placeMarkerLabels, shortTitle } from './trade-annotations.ts';

const overlaps = (a: { left: number; right: number }, b: { left: number; right: number }) =>
  a.left < b.right && b.left < a.right;

describe('placeMarkerLabels', () => {
  test('labels in one row never overlap, and no label covers another label’s leader line', () => {
    const candidates = [600, 610, 620, 630, 640, 300, 320].map((x, i) => ({
      slug: `e${i}`,
      label: `Event number ${i} with a title`,
      x,
    }));
    const placed = placeMarkerLabels(candidates, { left: 80, right: 940 });
    // One label from each cluster at least; the invariants hold for every pair.
    expect(new Set(placed.map((p) => p.x < 500))).toEqual(new Set([true, false]));
    for (const a of placed)
      for (const b of placed) {
        if (a === b) continue;
        if (a.row === b.row) expect(overlaps(a, b)).toBe(false);
        if (b.row > a.row) expect(b.x >= a.left - 2 && b.x <= a.right + 2).toBe(false);
      }
  });

  test('the most important label gets the lowest row; one near the right edge reads leftwards', () => {
    const [first, second] = placeMarkerLabels(
      [
        { slug: 'a', label: 'Treaty signed', x: 900 },
        { slug: 'b', label: 'Troops sent', x: 905 },
      ],
      { left: 80, right: 940 },
    );
    expect(first).toMatchObject({ slug: 'a', row: 0, anchor: 'end' });
    expect(first.right).toBeLessThanOrEqual(940);
    expect(first.left).toBeCloseTo(900 - 4 - labelWidth('Treaty signed'));
    expect(second.row).toBe(1);
  });
});

describe('shortTitle', () => {
  test('cuts long titles at a word with an ellipsis, keeps short ones', () => {
    expect(shortTitle('Treaty signed')).toBe('Treaty signed');
    const cut = shortTitle('Putin and Kim sign the Treaty on Comprehensive Strategic Partnership');
    expect(cut).toBe('Putin and Kim sign the Treaty on…');
    expect(cut.length).toBeLessThanOrEqual(34);
  });
});
