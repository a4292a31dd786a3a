'use client';

import { memo, type KeyboardEvent } from 'react';
import { bucketEnd } from '@/lib/timeline/buckets.ts';
import type { TimeWindow } from '@/lib/timeline/window.ts';
import type { PlacedLane } from './chart-layout.ts';
import { CLAIM_STATUS_LABELS } from '@/lib/schemas/enums.ts';
import { StatusMark } from './status-mark.tsx';
import styles from './timeline.module.css';
import type { TimelineData, TimelineItem } from '@/lib/shapes/timeline.ts';

// The expensive part of the drawing, laid out once per data and window and then left alone:
// while the reader zooms or pans, the parent only changes the CSS transform of the SVG that
// holds them (x' = k·x + tx), one property instead of thousands, and never renders these
// again. When new data comes (or a gesture ends on data already shown), it lays them out anew.

interface LanesProps {
  lanes: PlacedLane[];
  width: number;
  labelW: number;
}

/** Lane backgrounds and labels: they depend on the layout only, never on the live window. */
export const TimelineLanes = memo(function TimelineLanes({ lanes, width, labelW }: LanesProps) {
  const max = labelW < 100 ? 10 : 17;
  return lanes.map((lane, i) => (
    <g key={lane.key} transform={`translate(0 ${lane.y})`}>
      <rect
        className={i % 2 ? styles.laneOdd : styles.laneEven}
        x={0}
        y={0}
        width={width}
        height={lane.height}
      />
      <text className={styles.laneLabel} x={6} y={Math.min(lane.height, 34) / 2 + 4}>
        <title>{lane.label}</title>
        {lane.label.length > max ? `${lane.label.slice(0, max - 1)}…` : lane.label}
      </text>
    </g>
  ));
});

export interface MarkHover {
  item: TimelineItem;
  /** Layout x of the mark, before the live transform. */
  x: number;
  y: number;
}

interface MarksProps {
  data: TimelineData;
  lanes: PlacedLane[];
  layoutWin: TimeWindow;
  plotW: number;
  selected: string | null;
  wasDrag: () => boolean;
  onSelect: (slug: string) => void;
  onHover: (h: MarkHover | null) => void;
  onZoomTo: (w: TimeWindow) => void;
}

export const TimelineMarks = memo(function TimelineMarks({
  data,
  lanes,
  layoutWin,
  plotW,
  selected,
  wasDrag,
  onSelect,
  onHover,
  onZoomTo,
}: MarksProps) {
  if (data.mode === 'buckets') {
    const x = (t: number) => ((t - layoutWin.start) / (layoutWin.end - layoutWin.start)) * plotW;
    return data.lanes.map((lane, i) => {
      const max = Math.max(...lane.buckets.map((b) => b.count), 1);
      return lane.buckets.map((b) => {
        const end = bucketEnd(b.t, data.bucket);
        const x1 = x(b.t);
        return (
          <rect
            key={`${lane.key}-${b.t}`}
            className={styles.bucket}
            x={x1}
            y={lanes[i].y + 6}
            width={Math.max(2, x(end) - x1 - 1)}
            height={lanes[i].height - 12}
            style={{ opacity: 0.2 + (0.8 * b.count) / max }}
            onClick={() => !wasDrag() && onZoomTo({ start: b.t, end })}
          >
            <title>{`${lane.label}: ${b.count} events from ${new Date(b.t).toISOString().slice(0, 10)}`}</title>
          </rect>
        );
      });
    });
  }
  const seen = new Set<string>();
  const onKey = (slug: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(slug);
    }
  };
  return lanes.flatMap((lane) =>
    lane.marks.map(({ item, kind, x1, x2, markX, y }) => {
      const first = !seen.has(item.slug);
      seen.add(item.slug);
      const label = `${item.title}, ${item.date}${item.endDate ? ` to ${item.endDate}` : ''}, ${CLAIM_STATUS_LABELS[item.status] ?? item.status}`;
      const hover = () => onHover({ item, x: markX, y });
      return (
        <g
          key={`${lane.key}-${item.slug}`}
          className={`${styles.item} ${item.slug === selected ? styles.selected : ''}`}
          {...(first
            ? { role: 'button', tabIndex: 0, 'aria-label': label, 'data-slug': item.slug }
            : { 'aria-hidden': true })}
          onClick={() => !wasDrag() && onSelect(item.slug)}
          onKeyDown={onKey(item.slug)}
          onMouseEnter={hover}
          onMouseLeave={() => onHover(null)}
          onFocus={hover}
          onBlur={() => onHover(null)}
        >
          {kind !== 'point' ? (
            <rect
              className={kind === 'bar' ? styles.bar : styles.span}
              x={x1}
              y={y - 5}
              width={x2 - x1}
              height={10}
            />
          ) : null}
          <StatusMark status={item.status} x={markX} y={y} />
          <rect
            className={styles.hit}
            x={Math.min(x1, markX - 9)}
            y={y - 11}
            width={Math.max(x2 - x1, 18)}
            height={22}
          />
        </g>
      );
    }),
  );
});
