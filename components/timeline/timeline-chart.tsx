'use client';

import { scaleUtc } from 'd3-scale';
import { useRef, type KeyboardEvent } from 'react';
import type { TimelineData, TimelineItem } from '@/lib/db/timeline.ts';
import { bucketEnd } from '@/lib/timeline/buckets.ts';
import { axisTicks } from '@/lib/timeline/ticks.ts';
import type { TimeWindow } from '@/lib/timeline/window.ts';
import { AXIS_H, placeLanes } from './chart-layout.ts';
import { StatusMark, STATUS_LABELS } from './status-mark.tsx';
import styles from './timeline.module.css';
import { useTimelineGestures } from './use-timeline-gestures.ts';

export interface Hover {
  item: TimelineItem;
  x: number;
  y: number;
}

interface Props {
  data: TimelineData;
  win: TimeWindow;
  width: number;
  selected: string | null;
  setWindow: (w: TimeWindow) => void;
  onSelect: (slug: string) => void;
  onHover: (h: Hover | null) => void;
}

/** The drawing: axis, lanes, and events (or density buckets), in one SVG. */
export function TimelineChart({ data, win, width, selected, setWindow, onSelect, onHover }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const labelW = width < 560 ? 84 : 128;
  const plotW = Math.max(100, width - labelW - 8);
  const { wasDrag } = useTimelineGestures(svgRef, { left: labelW, width: plotW }, () => win, setWindow);
  const x = scaleUtc().domain([win.start, win.end]).range([0, plotW]);
  const { lanes, height } = placeLanes(data, win, x);
  const { ticks } = axisTicks(win.start, win.end, plotW);
  const seen = new Set<string>();

  const activate = (slug: string) => () => {
    if (!wasDrag()) onSelect(slug);
  };
  const onKey = (slug: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(slug);
    }
  };

  return (
    <svg ref={svgRef} className={styles.svg} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMinYMin meet" role="group" aria-label={`Timeline chart, ${data.total} events`}>
      <defs>
        <clipPath id="plot-clip">
          <rect x={0} y={0} width={plotW} height={height} />
        </clipPath>
        <pattern id="span-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="var(--surface)" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--muted)" strokeWidth="3" />
        </pattern>
      </defs>
      {lanes.map((lane, i) => (
        <g key={lane.key} transform={`translate(0 ${lane.y})`}>
          <rect className={i % 2 ? styles.laneOdd : styles.laneEven} x={0} y={0} width={width} height={lane.height} />
          <text className={styles.laneLabel} x={6} y={Math.min(lane.height, 34) / 2 + 4}>
            <title>{lane.label}</title>
            {lane.label.length > (labelW < 100 ? 10 : 17) ? `${lane.label.slice(0, labelW < 100 ? 9 : 16)}…` : lane.label}
          </text>
        </g>
      ))}
      <g transform={`translate(${labelW} 0)`}>
        <g className={styles.axis} data-testid="timeline-axis">
          {ticks.map((t) => (
            <g key={t.t} transform={`translate(${x(t.t)} 0)`}>
              <line y1={AXIS_H - 6} y2={height} />
              <text x={3} y={AXIS_H - 10}>
                {t.label}
              </text>
            </g>
          ))}
        </g>
        <g clipPath="url(#plot-clip)">
          {data.mode === 'buckets'
            ? data.lanes.map((lane, i) => {
                const max = Math.max(...lane.buckets.map((b) => b.count), 1);
                return lane.buckets.map((b) => {
                  const x1 = x(b.t);
                  const w = Math.max(2, x(bucketEnd(b.t, data.bucket)) - x1 - 1);
                  return (
                    <rect key={`${lane.key}-${b.t}`} className={styles.bucket} x={x1} y={lanes[i].y + 6} width={w} height={lanes[i].height - 12}
                      style={{ opacity: 0.2 + (0.8 * b.count) / max }}
                      onClick={() => !wasDrag() && setWindow({ start: b.t, end: bucketEnd(b.t, data.bucket) })}>
                      <title>{`${lane.label}: ${b.count} events from ${new Date(b.t).toISOString().slice(0, 10)}`}</title>
                    </rect>
                  );
                });
              })
            : lanes.flatMap((lane) =>
                lane.marks.map(({ item, kind, x1, x2, markX, y }) => {
                  const first = !seen.has(item.slug);
                  seen.add(item.slug);
                  const label = `${item.title}, ${item.date}${item.endDate ? ` to ${item.endDate}` : ''}, ${STATUS_LABELS[item.status] ?? item.status}`;
                  const hover = () => onHover({ item, x: labelW + markX, y });
                  return (
                    <g
                      key={`${lane.key}-${item.slug}`}
                      className={`${styles.item} ${item.slug === selected ? styles.selected : ''}`}
                      {...(first ? { role: 'button', tabIndex: 0, 'aria-label': label } : { 'aria-hidden': true })}
                      onClick={activate(item.slug)}
                      onKeyDown={onKey(item.slug)}
                      onMouseEnter={hover}
                      onMouseLeave={() => onHover(null)}
                      onFocus={hover}
                      onBlur={() => onHover(null)}
                    >
                      {kind !== 'point' ? <rect className={kind === 'bar' ? styles.bar : styles.span} x={x1} y={y - 5} width={x2 - x1} height={10} /> : null}
                      <StatusMark status={item.status} x={markX} y={y} />
                      <rect className={styles.hit} x={Math.min(x1, markX - 9)} y={y - 11} width={Math.max(x2 - x1, 18)} height={22} />
                    </g>
                  );
                }),
              )}
        </g>
      </g>
    </svg>
  );
}
