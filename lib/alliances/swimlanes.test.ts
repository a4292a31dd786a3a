import { describe, expect, test } from 'vitest';
import { relationLanes } from './swimlanes.ts';

const size = { width: 700, left: 100, right: 20 };

describe('relationLanes', () => {
  const layout = relationLanes(
    [
      { partner: 'RU', kind: 'treaty', title: 'Treaty', start: '2024-06-19', end: null },
      { partner: 'RU', kind: 'arms_transfer', title: 'Arms', start: '2023-10-05', end: null },
      {
        partner: 'WAGNER',
        kind: 'arms_transfer',
        title: 'Shipment',
        start: '2022-11-01',
        end: '2022-11-30',
      },
    ],
    size,
    '2025-12-31',
  );

  test('puts one lane per partner and keeps bars inside the plot', () => {
    expect(layout.lanes.map((l) => l.partner)).toEqual(['RU', 'WAGNER']);
    for (const bar of layout.lanes.flatMap((l) => l.bars)) {
      expect(bar.x1).toBeGreaterThanOrEqual(size.left);
      expect(bar.x2).toBeLessThanOrEqual(size.width - size.right);
    }
  });

  test('draws a relation still in force up to the end date, and an ended one to its end', () => {
    const treaty = layout.lanes[0].bars.find((b) => b.kind === 'treaty')!;
    const shipment = layout.lanes[1].bars[0];
    expect(treaty.isOpen).toBe(true);
    expect(shipment.isOpen).toBe(false);
    expect(shipment.x2 - shipment.x1).toBeLessThan(treaty.x2 - treaty.x1);
  });

  test('labels the years of the axis', () => {
    expect(layout.ticks.map((t) => t.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
  });
});
