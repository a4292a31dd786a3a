import { scaleLinear } from 'd3-scale';

const W = 120;
const H = 32;

/**
 * A small line of recent values; a year without a figure breaks the line (never bridged),
 * like the full chart. Decorative beside the figure it summarises, so the card names the
 * years in text and the SVG carries a short label only.
 */
export function Sparkline({
  points,
  label,
}: {
  points: { year: number; value: number | null }[];
  label: string;
}) {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (values.length < 2) return null;
  const x = scaleLinear()
    .domain([points[0].year, points.at(-1)!.year])
    .range([2, W - 2]);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(...values)])
    .range([H - 2, 2]);
  const runs: string[] = [];
  let run: string[] = [];
  for (const p of points) {
    if (p.value === null) {
      if (run.length) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`);
  }
  if (run.length) runs.push(run.join(' '));
  const last = points.findLast((p) => p.value !== null)!;
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {runs.map((r) =>
        r.includes(' ') ? (
          <polyline key={r} points={r} fill="none" stroke="currentColor" strokeWidth={1.5} />
        ) : (
          <circle key={r} cx={r.split(',')[0]} cy={r.split(',')[1]} r={1.5} fill="currentColor" />
        ),
      )}
      <circle cx={x(last.year)} cy={y(last.value!)} r={2.5} fill="currentColor" />
    </svg>
  );
}
