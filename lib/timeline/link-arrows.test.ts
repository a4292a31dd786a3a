import { describe, expect, test } from 'vitest';
import { linkArrows } from './link-arrows.ts';

const mark = (slug: string, markX: number, y: number) => ({ item: { slug }, markX, y });

describe('linkArrows', () => {
  test('on one row, an arrow runs from the earlier event to the one responding, under the row', () => {
    const [arrow, ...rest] = linkArrows(
      [{ from: 'later', to: 'earlier', kind: 'responds_to' }],
      [{ marks: [mark('earlier', 100, 50), mark('later', 300, 50)] }],
    );
    expect(rest).toEqual([]);
    expect(arrow.key).toBe('later responds_to earlier');
    const [x1, y1, cx, cy, x2, y2] = arrow.d.match(/-?[\d.]+/g)!.map(Number);
    expect(x1).toBe(100);
    expect(x2).toBeLessThan(300);
    expect(x2).toBeGreaterThan(x1);
    // Below the marks (and the titles on their right), dipping further in the middle.
    expect(y1).toBeGreaterThan(50);
    expect(y2).toBeGreaterThan(50);
    expect(cx).toBeGreaterThan(x1);
    expect(cy).toBeGreaterThan(y1);
  });

  test('between rows, it leaves the earlier mark toward the later row and enters from the side', () => {
    const [arrow] = linkArrows(
      [{ from: 'later', to: 'earlier', kind: 'follows_from' }],
      [{ marks: [mark('earlier', 100, 50), mark('later', 300, 110)] }],
    );
    const [x1, y1, cx, cy, x2, y2] = arrow.d.match(/-?[\d.]+/g)!.map(Number);
    expect([x1, cx]).toEqual([100, 100]);
    expect(y1).toBeGreaterThan(50);
    expect([cy, y2]).toEqual([110, 110]);
    expect(x2).toBeLessThan(300);
  });

  test('no arrow when an end is not drawn as a single mark', () => {
    expect(
      linkArrows(
        [{ from: 'later', to: 'clustered', kind: 'follows_from' }],
        [{ marks: [mark('later', 300, 50)] }],
      ),
    ).toEqual([]);
  });

  test('an event in two lanes: the closest pair of marks', () => {
    const [arrow] = linkArrows(
      [{ from: 'b', to: 'a', kind: 'follows_from' }],
      [{ marks: [mark('a', 100, 40), mark('b', 200, 40)] }, { marks: [mark('b', 200, 400)] }],
    );
    // The marks on one row, 100 px apart, not the one 360 px below.
    const numbers = arrow.d.match(/-?[\d.]+/g)!.map(Number);
    expect(Math.max(...numbers.filter((_, i) => i % 2 === 1))).toBeLessThan(80);
  });
});
