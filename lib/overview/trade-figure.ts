import { shapeTradePoints, type CautionNote, type TradeObservationInput } from '../charts/trade.ts';

// A trade series as one overview card: its latest year, the change on the year before and
// the recent years as a sparkline. Pure, so the card, its test and any export agree.

export interface TradeFigure {
  id: string;
  label: string;
  /** The label on Korean pages (lib/charts/trade-chart.ts pairLabels). */
  labelKo: string;
  /** Latest year with a figure, or null when the series has none. */
  year: number | null;
  valueUsd: number | null;
  /** Percent change on the year before; null when that year has no comparable figure. */
  changePct: number | null;
  /** Why the figure must be read with care (low confidence, derived), if it must. */
  caution: string | null;
  cautions: CautionNote[];
  /** One value per year up to `year`, nulls for gaps (drawn as breaks, never bridged). */
  spark: { year: number; value: number | null }[];
}

const SPARK_YEARS = 12;

export function tradeFigure(
  id: string,
  labels: { label: string; labelKo: string },
  obs: TradeObservationInput[],
): TradeFigure {
  const years = obs.map((o) => o.year);
  const points = years.length
    ? shapeTradePoints(obs, 'total', Math.min(...years), Math.max(...years), 'absolute')
    : [];
  const latestIndex = points.findLastIndex((p) => p.valueUsd !== null);
  if (latestIndex < 0) {
    return {
      id,
      ...labels,
      year: null,
      valueUsd: null,
      changePct: null,
      caution: null,
      cautions: [],
      spark: [],
    };
  }
  const latest = points[latestIndex];
  // The chart's own year-on-year rule: no change across a gap or a change of compiler.
  const [change] = shapeTradePoints(obs, 'total', latest.year, latest.year, 'yoy');
  return {
    id,
    ...labels,
    year: latest.year,
    valueUsd: latest.valueUsd,
    changePct: change?.value ?? null,
    caution: latest.caution,
    cautions: latest.cautions,
    spark: points
      .slice(Math.max(0, latestIndex + 1 - SPARK_YEARS), latestIndex + 1)
      .map((p) => ({ year: p.year, value: p.valueUsd })),
  };
}
