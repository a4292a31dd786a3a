import type { EstimatePoint } from '../shapes/estimate.ts';

// One overview card per tracked quantity: its latest claim (the one about the latest day,
// then the latest recorded), with its claimant and range, and how many claimants there are.

export interface EstimateFigure {
  quantity: string;
  latest: EstimatePoint;
  claims: number;
  claimants: number;
}

export function estimateFigures(items: readonly EstimatePoint[]): EstimateFigure[] {
  const byQuantity = new Map<string, EstimatePoint[]>();
  for (const e of items) byQuantity.set(e.quantity, [...(byQuantity.get(e.quantity) ?? []), e]);
  return [...byQuantity].map(([quantity, claims]) => ({
    quantity,
    // Items come ordered by the day they refer to, then as recorded: the last is the latest.
    latest: claims.at(-1)!,
    claims: claims.length,
    claimants: new Set(claims.map((c) => c.claimant.code)).size,
  }));
}
