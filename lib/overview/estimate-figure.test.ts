import { describe, expect, test } from 'vitest';
import type { EstimatePoint } from '../shapes/estimate.ts';
import { estimateFigures } from './estimate-figure.ts';

const claim = (quantity: string, refersTo: string, claimant: string, best: number) =>
  ({
    id: Number(refersTo.replaceAll('-', '')),
    quantity,
    low: null,
    best,
    high: null,
    unit: 'soldiers',
    refersTo,
    claimant: { code: claimant, name: claimant, color: null },
    source: { id: 1, publisher: 'p', title: 't', url: null, publishedAt: refersTo },
    event: null,
    notes: null,
  }) as EstimatePoint;

describe('estimate figures', () => {
  test('one per quantity, with its latest claim and how many claimants made claims', () => {
    const figures = estimateFigures([
      claim('troops', '2024-10-17', 'UA', 10000),
      claim('troops', '2024-10-23', 'KR', 3000),
      claim('shells', '2024-09-01', 'KR', 8000000),
      claim('troops', '2024-10-28', 'US', 10000),
    ]);
    expect(figures.map((f) => [f.quantity, f.latest.claimant.code, f.claims, f.claimants])).toEqual(
      [
        ['troops', 'US', 3, 3],
        ['shells', 'KR', 1, 1],
      ],
    );
  });

  test('no claims, no cards', () => expect(estimateFigures([])).toEqual([]));
});
