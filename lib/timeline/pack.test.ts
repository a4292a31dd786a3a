import { describe, expect, test } from 'vitest';
import { fitText, packLane, stackBoxes, textWidth, type PackInput } from './pack.ts';

const point = (x: number, label = 'An event title of average length'): PackInput => ({
  x1: x - 1,
  x2: x + 1,
  markX: x,
  label,
});

/** Every drawn box, single or cluster, with its row. */
const boxes = (r: ReturnType<typeof packLane>) => [...r.items, ...r.clusters];
const overlapping = (r: ReturnType<typeof packLane>) =>
  boxes(r).some((a, i) =>
    boxes(r).some((b, j) => i < j && a.row === b.row && a.left < b.right && b.left < a.right),
  );

describe('textWidth and fitText', () => {
  test('wide letters count for more than narrow ones', () => {
    expect(textWidth('WWWW')).toBeGreaterThan(textWidth('iiii'));
  });

  test('a long title is cut with an ellipsis to the width given', () => {
    const cut = fitText('Russia and North Korea sign a comprehensive strategic partnership', 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(120);
    expect(fitText('Short', 120)).toBe('Short');
  });

  test('the cut is the longest prefix that fits with its ellipsis, even in emoji and odd spaces', () => {
    // The plain definition, one character off at a time, measured whole each time.
    const slowFit = (text: string, max: number) => {
      if (textWidth(text) <= max) return text;
      let cut = text;
      while (cut.length > 1 && textWidth(`${cut}…`) > max) cut = cut.slice(0, -1);
      return `${cut.trimEnd()}…`;
    };
    const titles = [
      'Russia and North Korea sign a comprehensive strategic partnership in Pyongyang',
      'WWW mmm iii 😀😀 Ü\u00a0é — “quoted” (brackets) [x] {y} 100% @home',
      '😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀',
      'Kim\tJong Un\u2003meets   Putin',
      'x',
    ];
    for (const title of titles)
      for (const max of [0, 8, 40, 110, 220])
        expect(fitText(title, max), `${title} at ${max}`).toBe(slowFit(title, max));
  });
});

describe('stackBoxes', () => {
  test('puts a box in the first row it fits in', () => {
    const { rows, count } = stackBoxes(
      [
        { left: 0, right: 100 },
        { left: 50, right: 150 },
        { left: 120, right: 200 },
      ],
      6,
    );
    expect(rows).toEqual([0, 1, 0]);
    expect(count).toBe(2);
  });
});

describe('packLane', () => {
  test('labels every event when rows suffice, and no two labels overlap', () => {
    const r = packLane(
      [0, 10, 20, 300, 310].map((x) => point(x)),
      { maxRows: 5 },
    );
    expect(r.clusters).toEqual([]);
    expect(r.items).toHaveLength(5);
    expect(r.items.every((i) => i.text.length > 0)).toBe(true);
    expect(overlapping(r)).toBe(false);
    expect(r.rows).toBe(3);
  });

  test('cuts labels shorter before merging anything', () => {
    // Three marks 140 px apart: full titles need two rows, cut ones fit in one.
    const long = 'A rather long event title that would take well over two hundred pixels';
    const r = packLane(
      [0, 140, 280].map((x) => point(x, long)),
      { maxRows: 1 },
    );
    expect(r.clusters).toEqual([]);
    expect(r.items.every((i) => i.text.endsWith('…'))).toBe(true);
    expect(overlapping(r)).toBe(false);
  });

  test('merges neighbours into clusters where rows run out, counts adding up to every event', () => {
    const xs = [...Array(40).keys()].map((i) => (i < 30 ? 500 + i : i * 40));
    const r = packLane(
      xs.map((x) => point(x)),
      { maxRows: 3 },
    );
    expect(r.clusters.length).toBeGreaterThan(0);
    const counted = r.items.length + r.clusters.reduce((n, c) => n + c.indices.length, 0);
    expect(counted).toBe(40);
    const all = [...r.items.map((i) => i.index), ...r.clusters.flatMap((c) => c.indices)];
    expect(new Set(all).size).toBe(40);
    expect(r.rows).toBeLessThanOrEqual(3);
    expect(overlapping(r)).toBe(false);
    expect(r.clusters[0].text).toMatch(/^\d+ events$/);
  });

  test('a lane of one row holds everything at last as a single cluster', () => {
    const r = packLane(
      [0, 1, 2, 3].map((x) => point(x)),
      { maxRows: 1 },
    );
    expect(r.items).toEqual([]);
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0].indices).toEqual([0, 1, 2, 3]);
  });
});

describe('packLane at the right edge', () => {
  test('a label that would run past the width goes left of its mark', () => {
    const r = packLane([point(990, 'Late event')], { maxRows: 1, width: 1000 });
    const [item] = r.items;
    expect(item.labelX + textWidth(item.text)).toBeLessThanOrEqual(990);
    expect(item.right).toBeLessThanOrEqual(1000);
  });
});
