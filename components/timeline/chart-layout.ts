import type { ScaleTime } from 'd3-scale';
import { eventExtent, type MarkKind } from '@/lib/timeline/layout.ts';
import { packLane } from '@/lib/timeline/pack.ts';
import type { TimeWindow } from '@/lib/timeline/window.ts';
import type { TimelineData, TimelineItem } from '@/lib/shapes/timeline.ts';

/** Two rows of axis labels: the larger unit above, the ticks' own below. */
export const AXIS_H = 40;
export const ROW_H = 24;
const BUCKET_LANE_H = 34;
const COLLAPSED_H = 26;
const LANE_PAD = 8;
/** Rows of titled marks before neighbours merge into clusters: one band gets more room. */
const BAND_ROWS = 12;
const LANE_ROWS = 5;

export interface PlacedMark {
  item: TimelineItem;
  kind: MarkKind;
  x1: number;
  x2: number;
  markX: number;
  y: number;
  text: string;
  labelX: number;
  left: number;
  right: number;
}

export interface PlacedCluster {
  items: TimelineItem[];
  /** The window holding exactly these events' extents, for a click to zoom to. */
  zoom: TimeWindow;
  x: number;
  y: number;
  text: string;
  labelX: number;
  left: number;
  right: number;
}

export interface PlacedLane {
  key: string;
  label: string;
  y: number;
  height: number;
  /** Events drawn in this lane, whether single, clustered or hidden by collapsing. */
  count: number;
  collapsed: boolean;
  marks: PlacedMark[];
  clusters: PlacedCluster[];
}

/**
 * Lanes top to bottom, each as tall as its rows of titled marks: every event of the window
 * is drawn once per lane, as a titled mark or inside a cluster that counts it.
 */
export function placeLanes(
  data: TimelineData,
  win: TimeWindow,
  x: ScaleTime<number, number>,
  collapsed: ReadonlySet<string> = new Set(),
  top = AXIS_H,
  /** A cluster's label in the reader's language ('3 events'). */
  clusterText?: (n: number) => string,
): { lanes: PlacedLane[]; height: number } {
  let y = top;
  const maxRows = data.lanes.length === 1 ? BAND_ROWS : LANE_ROWS;
  const lanes = data.lanes.map((lane): PlacedLane => {
    if (data.mode === 'buckets') {
      const placed = {
        key: lane.key,
        label: lane.label,
        y,
        height: BUCKET_LANE_H,
        count: 0,
        collapsed: false,
        marks: [],
        clusters: [],
      };
      y += BUCKET_LANE_H;
      return placed;
    }
    const shown = data.items
      .filter((item) => item.lanes.includes(lane.key))
      .map((item) => ({ item, ext: eventExtent(item) }))
      .filter(({ ext }) => ext.end > win.start && ext.start < win.end);
    if (collapsed.has(lane.key)) {
      const placed = {
        key: lane.key,
        label: lane.label,
        y,
        height: COLLAPSED_H,
        count: shown.length,
        collapsed: true,
        marks: [],
        clusters: [],
      };
      y += COLLAPSED_H;
      return placed;
    }
    const geometry = shown.map(({ item, ext }) => {
      const x1 = x(ext.start);
      const x2 = Math.max(x(ext.end), x1 + 3);
      const markX = ext.kind === 'point' ? (x1 + x2) / 2 : Math.max(x1, 0) + 7;
      return { item, ext, x1, x2, markX, label: item.title };
    });
    const packed = packLane(geometry, { maxRows, width: x.range()[1], clusterText });
    const rowY = (row: number) => y + LANE_PAD / 2 + row * ROW_H + ROW_H / 2;
    const placed: PlacedLane = {
      key: lane.key,
      label: lane.label,
      y,
      height: packed.rows * ROW_H + LANE_PAD,
      count: shown.length,
      collapsed: false,
      marks: packed.items.map((p) => {
        const g = geometry[p.index];
        return {
          item: g.item,
          kind: g.ext.kind,
          x1: g.x1,
          x2: g.x2,
          markX: g.markX,
          y: rowY(p.row),
          text: p.text,
          labelX: p.labelX,
          left: p.left,
          right: p.right,
        };
      }),
      clusters: packed.clusters.map((c) => {
        const members = c.indices.map((i) => geometry[i]);
        return {
          items: members.map((m) => m.item),
          zoom: {
            start: Math.min(...members.map((m) => m.ext.start)),
            end: Math.max(...members.map((m) => m.ext.end)),
          },
          x: c.x,
          y: rowY(c.row),
          text: c.text,
          labelX: c.labelX,
          left: c.left,
          right: c.right,
        };
      }),
    };
    y += placed.height;
    return placed;
  });
  return { lanes, height: y + 6 };
}
