import { parsePartialDate, periodEnd } from '../dates.ts';
import { fitText, textWidth } from './pack.ts';
import { DAY_MS, type TimeWindow } from './window.ts';

// Eras as bands behind the timeline: each covers every day its partial dates may mean
// (2009 starts on 1 January 2009; an end of 2024-04 runs to 30 April), and an era still
// going on runs past the window's right edge.

export interface EraLike {
  slug: string;
  title: string;
  start: string;
  end: string | null;
}

export interface PlacedEra {
  slug: string;
  title: string;
  x1: number;
  x2: number;
  /** The title cut to the room it has on screen; empty when not even a few letters fit. */
  text: string;
  /** Where the title starts: after the label of an era to its left, never over it. */
  labelX: number;
}

const LABEL_PX = 11;
const GAP = 8;

export function eraExtent(era: EraLike, win: TimeWindow): TimeWindow {
  const start = parsePartialDate(era.start)!.date.getTime();
  if (!era.end) return { start, end: Math.max(win.end, start + DAY_MS) };
  const end = parsePartialDate(era.end)!;
  return { start, end: periodEnd(end.date, end.precision).getTime() + DAY_MS };
}

/**
 * The eras that show in the window, clipped to its pixels [0, width]. Their titles share one
 * row: from left to right, each starts after the one before it ends (two eras running off
 * the window's left edge both start at 0) and is cut to what is left of its band.
 */
export function placeEras(eras: EraLike[], win: TimeWindow, width: number): PlacedEra[] {
  const px = (t: number) => ((t - win.start) / (win.end - win.start)) * width;
  const placed = eras.flatMap((era) => {
    const ext = eraExtent(era, win);
    if (ext.end <= win.start || ext.start >= win.end) return [];
    const x1 = Math.max(0, px(ext.start));
    const x2 = Math.min(width, px(ext.end));
    return [{ slug: era.slug, title: era.title, x1, x2, text: '', labelX: x1 + 4 }];
  });
  let free = 0;
  for (const era of [...placed].sort((a, b) => a.x1 - b.x1 || b.x2 - a.x2)) {
    era.labelX = Math.max(era.x1 + 4, free);
    const room = era.x2 - era.labelX - 4;
    if (room < 36) continue;
    era.text = fitText(era.title, room, LABEL_PX);
    free = era.labelX + textWidth(era.text, LABEL_PX) + GAP;
  }
  return placed;
}
