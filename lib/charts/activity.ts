import { activityQueryString, type ActivityQuery } from '../schemas/activity.ts';

// Events per year or month by actor or tag → series for the activity chart, its SVG and CSV.
// A bucket without events is a real zero (not a gap): the database is the whole record.

export interface ActivityCount {
  key: string;
  year: number;
  month: number;
  count: number;
}
export interface ActivityLabel {
  label: string;
  /** The label on Korean pages (the English where nobody has translated it). */
  labelKo: string;
  color: string | null;
}
interface ActivityPoint {
  /** '2024' or '2024-03'. */
  period: string;
  /** Position on a year axis: 2024.0, or 2024 + (month - 1) / 12. */
  x: number;
  value: number;
}
export interface ActivityChart {
  title: string;
  units: string;
  bucket: ActivityQuery['bucket'];
  by: ActivityQuery['by'];
  /** Events counted over all series (the footer's figure). */
  total: number;
  kind: ActivityQuery['chart'];
  from: number;
  to: number;
  series: { id: string; label: string; labelKo: string; color: string; points: ActivityPoint[] }[];
  footer: string[];
  key: string;
  path: string;
  fileBase: string;
}

const PALETTE = [
  '#1d4f91',
  '#e08214',
  '#1b7837',
  '#762a83',
  '#b2182b',
  '#01665e',
  '#8c510a',
  '#4d4d4d',
];

function periods(
  bucket: ActivityQuery['bucket'],
  from: number,
  to: number,
): Omit<ActivityPoint, 'value'>[] {
  const out: Omit<ActivityPoint, 'value'>[] = [];
  for (let y = from; y <= to; y++) {
    if (bucket === 'year') out.push({ period: String(y), x: y });
    else
      for (let m = 1; m <= 12; m++)
        out.push({ period: `${y}-${String(m).padStart(2, '0')}`, x: y + (m - 1) / 12 });
  }
  return out;
}

/** Keys missing from `labels` (unknown actor or tag) are left out; the caller reports them. */
export function buildActivityChart(
  q: ActivityQuery,
  counts: ActivityCount[],
  labels: Record<string, ActivityLabel>,
): ActivityChart {
  const years = counts.map((c) => c.year);
  const from = q.from ?? (years.length ? Math.min(...years) : new Date().getUTCFullYear());
  const to = q.to ?? (years.length ? Math.max(...years) : from);
  const slots = periods(q.bucket, from, to);
  const keys = q.keys.filter((k) => labels[k]);
  const series = keys.map((key, i) => {
    const byPeriod = new Map<string, number>();
    for (const c of counts.filter((c) => c.key === key)) {
      const period =
        q.bucket === 'year' ? String(c.year) : `${c.year}-${String(c.month).padStart(2, '0')}`;
      byPeriod.set(period, (byPeriod.get(period) ?? 0) + c.count);
    }
    const color = labels[key].color ?? PALETTE[i % PALETTE.length];
    return {
      id: key,
      label: labels[key].label,
      labelKo: labels[key].labelKo,
      color,
      points: slots.map((s) => ({ ...s, value: byPeriod.get(s.period) ?? 0 })),
    };
  });
  const total = series.reduce((n, s) => n + s.points.reduce((m, p) => m + p.value, 0), 0);
  return {
    title: `Events per ${q.bucket} by ${q.by}: ${series.map((s) => s.label).join(', ') || 'none'}, ${from}–${to}`,
    units: 'Number of published events (an event with several of these counts once for each)',
    bucket: q.bucket,
    by: q.by,
    total,
    kind: q.chart,
    from,
    to,
    series,
    footer: [
      `Source: Alliance Tracker's sourced event records (${total} counted); each event lists its own sources.`,
    ],
    key: '',
    path: `/charts/activity?${activityQueryString(q)}`,
    fileBase: `activity-${keys.join('_') || 'none'}-${from}-${to}`,
  };
}
