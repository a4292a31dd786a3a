'use client';

import { useTranslations } from 'next-intl';
import { memo, type KeyboardEvent } from 'react';
import { bucketEnd } from '@/lib/timeline/buckets.ts';
import { OTHER_LANE, readOtherLaneLabel } from '@/lib/timeline/fold-lanes.ts';
import { clusterWindow } from '@/lib/timeline/cluster-window.ts';
import { linkArrows } from '@/lib/timeline/link-arrows.ts';
import type { TimeWindow } from '@/lib/timeline/window.ts';
import type { PlacedLane } from './chart-layout.ts';
import { ClusterShape } from './chart-parts.tsx';
import { term, type Terms } from '@/components/ui/terms.ts';
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
  /** Lanes of single events can fold; density lanes cannot. */
  foldable: boolean;
  onToggle: (key: string) => void;
}

/**
 * Lane backgrounds and labels: they depend on the layout only, never on the live window.
 * With more than one lane, each label is a button that folds its lane to one line and back.
 */
export const TimelineLanes = memo(function TimelineLanes({
  lanes,
  width,
  labelW,
  foldable,
  onToggle,
}: LanesProps) {
  const t = useTranslations('timeline.chart');
  const laneLabel = useLaneLabel();
  const max = labelW < 100 ? 10 : 17;
  const canFold = foldable && lanes.length > 1;
  return lanes.map((lane, i) => {
    const label = laneLabel(lane);
    const short = label.length > max ? `${label.slice(0, max - 1)}…` : label;
    const labelY = Math.min(lane.height, 34) / 2 + 4;
    return (
      <g key={lane.key} transform={`translate(0 ${lane.y})`} data-lane={lane.key}>
        <rect
          className={i % 2 ? styles.laneOdd : styles.laneEven}
          x={0}
          y={0}
          width={width}
          height={lane.height}
        />
        {canFold ? (
          <g
            className={styles.laneToggle}
            role="button"
            tabIndex={0}
            aria-expanded={!lane.collapsed}
            aria-label={t('lane', {
              label,
              count: lane.count,
              collapsed: String(lane.collapsed),
            })}
            onClick={() => onToggle(lane.key)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onToggle(lane.key);
              }
            }}
          >
            <rect className={styles.hit} x={2} y={labelY - 14} width={labelW - 4} height={20} />
            <text className={styles.laneLabel} x={6} y={labelY}>
              <title>{label}</title>
              {lane.collapsed ? '▸' : '▾'} {short}
              {lane.collapsed ? ` (${lane.count})` : ''}
            </text>
          </g>
        ) : (
          <text className={styles.laneLabel} x={6} y={labelY}>
            <title>{label}</title>
            {short}
          </text>
        )}
      </g>
    );
  });
});

export type MarkHover =
  | {
      item: TimelineItem;
      /** Layout x of the mark, before the live transform. */
      x: number;
      y: number;
    }
  | { cluster: TimelineItem[]; x: number; y: number };

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

const activate = (act: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    act();
  }
};
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * A lane's name in the reader's language: the server names the lanes that are no actor or tag
 * ('All events', 'Others', a status) in English, by key.
 */
function useLaneLabel() {
  const t = useTranslations('timeline.lanes');
  const terms = useTranslations('terms') as Terms;
  return (lane: { key: string; label: string }) => {
    const other = lane.key === OTHER_LANE ? readOtherLaneLabel(lane.label) : null;
    if (other) return t('other', { kind: other.kind, count: other.n });
    if (lane.key !== OTHER_LANE && t.has(lane.key)) return t(lane.key);
    return terms.has(`status.${lane.key}`) ? term(terms, 'status', lane.key) : lane.label;
  };
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
  const t = useTranslations('timeline.chart');
  const terms = useTranslations('terms');
  const laneLabel = useLaneLabel();
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
            <title>
              {t('bucket', { label: laneLabel(lane), count: b.count, date: dayOf(b.t) })}
            </title>
          </rect>
        );
      });
    });
  }
  const seen = new Set<string>();
  // Decorative: each event's page lists its links in words.
  const arrows = linkArrows(data.links ?? [], lanes);
  const linkLayer = arrows.length ? (
    <g key="links" className={styles.links} aria-hidden="true" data-testid="timeline-links">
      {arrows.map((a) => (
        <path
          key={a.key}
          d={a.d}
          className={styles.linkArrow}
          markerEnd="url(#link-arrow)"
          data-link={a.key}
        />
      ))}
    </g>
  ) : null;
  return [
    linkLayer,
    ...lanes.flatMap((lane) => [
      ...lane.clusters.map((c) => {
        const label = t('cluster', {
          text: c.text,
          from: dayOf(c.zoom.start),
          to: dayOf(c.zoom.end - 1),
        });
        const hover = () => onHover({ cluster: c.items, x: c.x, y: c.y });
        const zoom = () => onZoomTo(clusterWindow(c.zoom));
        return (
          <g
            key={`${lane.key}-cluster-${c.items[0].slug}`}
            className={styles.cluster}
            role="button"
            tabIndex={0}
            aria-label={label}
            data-count={c.items.length}
            data-events={c.items.map((i) => i.slug).join(' ')}
            onClick={() => !wasDrag() && zoom()}
            onKeyDown={activate(zoom)}
            onMouseEnter={hover}
            onMouseLeave={() => onHover(null)}
            onFocus={hover}
            onBlur={() => onHover(null)}
          >
            <ClusterShape c={c} />
          </g>
        );
      }),
      ...lane.marks.map(({ item, kind, x1, x2, markX, y, text, labelX, left, right }) => {
        const first = !seen.has(item.slug);
        seen.add(item.slug);
        const status = term(terms, 'status', item.status);
        const label = item.endDate
          ? t('markRange', { title: item.title, from: item.date, to: item.endDate, status })
          : t('mark', { title: item.title, date: item.date, status });
        const hover = () => onHover({ item, x: markX, y });
        return (
          <g
            key={`${lane.key}-${item.slug}`}
            className={`${styles.item} ${item.slug === selected ? styles.selected : ''}`}
            data-slug={item.slug}
            {...(first
              ? { role: 'button', tabIndex: 0, 'aria-label': label }
              : { 'aria-hidden': true })}
            onClick={() => !wasDrag() && onSelect(item.slug)}
            onKeyDown={activate(() => onSelect(item.slug))}
            onMouseEnter={hover}
            onMouseLeave={() => onHover(null)}
            onFocus={hover}
            onBlur={() => onHover(null)}
          >
            {kind !== 'point' ? (
              <rect
                className={kind === 'bar' ? styles.bar : styles.span}
                x={x1}
                y={y + 6}
                width={x2 - x1}
                height={5}
              />
            ) : null}
            <StatusMark status={item.status} x={markX} y={y} />
            <text className={styles.label} x={labelX} y={y + 4} aria-hidden="true">
              {text}
            </text>
            <rect className={styles.hit} x={left} y={y - 11} width={right - left} height={22} />
          </g>
        );
      }),
    ]),
  ];
});
