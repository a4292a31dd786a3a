import { parsePartialDate, periodEnd } from '../dates.ts';
import { fitText } from './pack.ts';
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
  /** The title cut to the band's width on screen; empty when not even a few letters fit. */
  text: string;
}

export function eraExtent(era: EraLike, win: TimeWindow): TimeWindow {
  const start = parsePartialDate(era.start)!.date.getTime();
  if (!era.end) return { start, end: Math.max(win.end, start + DAY_MS) };
  const end = parsePartialDate(era.end)!;
  return { start, end: periodEnd(end.date, end.precision).getTime() + DAY_MS };
}

/** The eras that show in the window, clipped to its pixels [0, width]. */
export function placeEras(eras: EraLike[], win: TimeWindow, width: number): PlacedEra[] {
  const px = (t: number) => ((t - win.start) / (win.end - win.start)) * width;
  return eras.flatMap((era) => {
    const ext = eraExtent(era, win);
    if (ext.end <= win.start || ext.start >= win.end) return [];
    const x1 = Math.max(0, px(ext.start));
    const x2 = Math.min(width, px(ext.end));
    const text = x2 - x1 > 40 ? fitText(era.title, x2 - x1 - 8, 11) : '';
    return [{ slug: era.slug, title: era.title, x1, x2, text }];
  });
}
