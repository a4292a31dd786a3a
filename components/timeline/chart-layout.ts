import type { ScaleTime } from 'd3-scale';
import { eventExtent, stackRows, type MarkKind } from '@/lib/timeline/layout.ts';
import type { TimeWindow } from '@/lib/timeline/window.ts';
import type { TimelineData, TimelineItem } from '@/lib/shapes/timeline.ts';

export const AXIS_H = 30;
const ROW_H = 24;
const BUCKET_LANE_H = 34;
const LANE_PAD = 8;
/** More rows than this and the lane stops growing; further marks share the last row. */
const MAX_ROWS = 8;
const MARK_W = 18;

interface PlacedMark {
  item: TimelineItem;
  kind: MarkKind;
  x1: number;
  x2: number;
  markX: number;
  y: number;
}

export interface PlacedLane {
  key: string;
  label: string;
  y: number;
  height: number;
  marks: PlacedMark[];
}

/** Lanes top to bottom, each as tall as its stacked rows, with every visible event placed. */
export function placeLanes(
  data: TimelineData,
  win: TimeWindow,
  x: ScaleTime<number, number>,
): { lanes: PlacedLane[]; height: number } {
  let y = AXIS_H;
  const lanes = data.lanes.map((lane) => {
    if (data.mode === 'buckets') {
      const placed = { key: lane.key, label: lane.label, y, height: BUCKET_LANE_H, marks: [] };
      y += BUCKET_LANE_H;
      return placed;
    }
    const marks = data.items
      .filter((item) => item.lanes.includes(lane.key))
      .map((item) => ({ item, ext: eventExtent(item) }))
      .filter(({ ext }) => ext.end >= win.start && ext.start <= win.end)
      .map(({ item, ext }) => {
        const x1 = x(ext.start);
        const x2 = Math.max(x(ext.end), x1 + 3);
        const markX = ext.kind === 'point' ? (x1 + x2) / 2 : x1 + 7;
        return {
          item,
          kind: ext.kind,
          x1,
          x2,
          markX,
          left: Math.min(x1, markX - MARK_W / 2),
          right: Math.max(x2, markX + MARK_W / 2),
        };
      });
    const { rows, count } = stackRows(marks.map((m) => ({ x1: m.left, x2: m.right })));
    const shown = Math.min(count, MAX_ROWS);
    const height = shown * ROW_H + LANE_PAD;
    const placed: PlacedLane = {
      key: lane.key,
      label: lane.label,
      y,
      height,
      marks: marks.map((m, i) => ({
        item: m.item,
        kind: m.kind,
        x1: m.x1,
        x2: m.x2,
        markX: m.markX,
        y: y + LANE_PAD / 2 + Math.min(rows[i], MAX_ROWS - 1) * ROW_H + ROW_H / 2,
      })),
    };
    y += height;
    return placed;
  });
  return { lanes, height: y + 6 };
}
