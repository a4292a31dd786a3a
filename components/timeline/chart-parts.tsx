import type { AxisTicks } from '@/lib/timeline/ticks.ts';
import type { PlacedCluster } from './chart-layout.ts';
import { AXIS_H } from './chart-layout.ts';
import styles from './timeline.module.css';

// Pieces of the timeline's drawing shared by the interactive chart (timeline-chart.tsx,
// timeline-marks.tsx) and the server-drawn glance on the overview (timeline-glance.tsx):
// no hooks, no handlers, so either may render them.

/** The hatching that marks a date known only to the month or year. */
export function SpanHatch({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" fill="var(--surface)" />
      <line x1="0" y1="0" x2="0" y2="6" stroke="var(--muted)" strokeWidth="3" />
    </pattern>
  );
}

/**
 * The axis: each tick's label with a line from the axis down to `bottom`, and the larger
 * unit named once above (axisTicks). `x` places a time in the drawing's pixels.
 */
export function AxisMarks({
  ticks,
  major,
  x,
  bottom,
}: Pick<AxisTicks, 'ticks' | 'major'> & { x: (t: number) => number; bottom: number }) {
  return (
    <>
      {ticks.map((t) => (
        <g key={t.t} transform={`translate(${x(t.t)} 0)`}>
          <line y1={AXIS_H - 16} y2={bottom} />
          <text x={3} y={AXIS_H - 6} data-axis="minor">
            {t.label}
          </text>
        </g>
      ))}
      {major.map((m) => (
        <g key={`major-${m.t}`} transform={`translate(${Math.max(0, x(m.t))} 0)`}>
          <line className={styles.majorLine} y1={2} y2={AXIS_H - 16} />
          <text className={styles.majorLabel} x={3} y={14} data-axis="major">
            {m.label}
          </text>
        </g>
      ))}
    </>
  );
}

/** A cluster's square, its "N events" label and the area that takes a click or a tap. */
export function ClusterShape({ c }: { c: PlacedCluster }) {
  return (
    <>
      <rect className={styles.clusterMark} x={c.x - 7} y={c.y - 7} width={14} height={14} />
      <text className={styles.label} x={c.labelX} y={c.y + 4}>
        {c.text}
      </text>
      <rect className={styles.hit} x={c.left} y={c.y - 11} width={c.right - c.left} height={22} />
    </>
  );
}
