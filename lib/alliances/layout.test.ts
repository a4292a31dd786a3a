import { describe, expect, test } from 'vitest';
import { circleLayout } from './layout.ts';

const size = { width: 400, height: 400, margin: 50 };

describe('circleLayout', () => {
  test('puts every actor on the circle inside the margins', () => {
    const pos = circleLayout(['KP', 'RU', 'US'], [], size);
    for (const p of pos.values()) {
      expect(Math.hypot(p.x - 200, p.y - 200)).toBeCloseTo(150);
    }
  });

  test('keeps connected actors next to each other', () => {
    const codes = ['A', 'B', 'C', 'D'];
    const pos = circleLayout(
      codes,
      [
        { a: 'A', b: 'C', weight: 3 },
        { a: 'B', b: 'D', weight: 1 },
      ],
      size,
    );
    const dist = (x: string, y: string) =>
      Math.hypot(pos.get(x)!.x - pos.get(y)!.x, pos.get(x)!.y - pos.get(y)!.y);
    expect(dist('A', 'C')).toBeLessThan(dist('A', 'B') + 1e-9);
    expect(dist('B', 'D')).toBeLessThan(dist('A', 'D') + 1e-9);
  });

  test('is stable for the same input', () => {
    const a = circleLayout(['X', 'Y', 'Z'], [{ a: 'X', b: 'Z', weight: 1 }], size);
    const b = circleLayout(['X', 'Y', 'Z'], [{ a: 'X', b: 'Z', weight: 1 }], size);
    expect([...a.entries()]).toEqual([...b.entries()]);
  });
});
