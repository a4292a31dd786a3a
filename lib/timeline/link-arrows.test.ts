import { describe, expect, test } from 'vitest';
import { linkArrows } from './link-arrows.ts';

const mark = (slug: string, markX: number, y: number) => ({ item: { slug }, markX, y });

describe('linkArrows', () => {
  test('an arrow runs from the earlier event to the one responding, bowing upward', () => {
    const [arrow, ...rest] = linkArrows(
      [{ from: 'later', to: 'earlier', kind: 'responds_to' }],
      [{ marks: [mark('earlier', 100, 50), mark('later', 300, 50)] }],
    );
    expect(rest).toEqual([]);
    expect(arrow.key).toBe('later responds_to earlier');
    const [x1, y1, cx, cy, x2, y2] = arrow.d.match(/-?[\d.]+/g)!.map(Number);
    expect(x1).toBeGreaterThan(100);
    expect(x2).toBeLessThan(300);
    expect(x2).toBeGreaterThan(x1);
    expect([y1, y2]).toEqual([50, 50]);
    expect(cx).toBe(200);
    expect(cy).toBeLessThan(50);
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
    expect(arrow.d).toMatch(/ 40\.?\d* Q/);
    expect(arrow.d.endsWith(' 40')).toBe(true);
  });
});
