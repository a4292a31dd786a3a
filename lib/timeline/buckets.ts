// Density buckets for a dense timeline window: the finest calendar unit that still leaves
// each bucket MIN_BUCKET_PX wide at the drawn width. All times are UTC epoch ms.

export type BucketUnit = 'day' | 'week' | 'month' | 'year';

const DAY = 86_400_000;
const UNIT_MS: Record<BucketUnit, number> = {
  day: DAY,
  week: 7 * DAY,
  month: 30.44 * DAY,
  year: 365.25 * DAY,
};
const MIN_BUCKET_PX = 8;

export function chooseBucketUnit(startMs: number, endMs: number, widthPx: number): BucketUnit {
  const span = Math.max(endMs - startMs, DAY);
  const maxBuckets = Math.max(1, Math.floor(widthPx / MIN_BUCKET_PX));
  for (const unit of ['day', 'week', 'month', 'year'] as const) {
    if (span / UNIT_MS[unit] <= maxBuckets) return unit;
  }
  return 'year';
}

/** The end (exclusive) of the bucket starting at t. Weeks start on Monday, as in date_trunc. */
export function bucketEnd(t: number, unit: BucketUnit): number {
  const d = new Date(t);
  if (unit === 'day') return t + DAY;
  if (unit === 'week') return t + 7 * DAY;
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
}

interface LaneCounts<T> {
  lane: string;
  buckets: T[];
  total: number;
}

/**
 * Keeps the `max - 1` busiest lanes and folds the rest into one "other" lane, so a window
 * with hundreds of actors stays legible. Lanes keep their order by total, busiest first.
 */
export function limitLanes<T extends { t: number; count: number }>(
  lanes: LaneCounts<T>[],
  max: number,
): LaneCounts<T>[] {
  const sorted = [...lanes].sort((a, b) => b.total - a.total || a.lane.localeCompare(b.lane));
  if (sorted.length <= max) return sorted;
  const kept = sorted.slice(0, max - 1);
  const merged = new Map<number, number>();
  let total = 0;
  for (const lane of sorted.slice(max - 1)) {
    total += lane.total;
    for (const b of lane.buckets) merged.set(b.t, (merged.get(b.t) ?? 0) + b.count);
  }
  const buckets = [...merged].sort((a, b) => a[0] - b[0]).map(([t, count]) => ({ t, count }) as T);
  return [...kept, { lane: 'other', buckets, total }];
}
