'use client';

import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { bucketEnd } from '@/lib/timeline/buckets.ts';
import { brushDrag, overviewDomain, type BrushPart } from '@/lib/timeline/overview.ts';
import { panWindow, windowToDays, type TimeWindow } from '@/lib/timeline/window.ts';
import type { TimelineData } from '@/lib/shapes/timeline.ts';
import styles from './timeline.module.css';

const STRIP_H = 44;
const HANDLE_PX = 8;
/** The filters of the page's URL, without its window, lanes or size: the strip shows all time. */
const FILTER_KEYS = ['actor', 'tag', 'status', 'q'];

interface Props {
  win: TimeWindow;
  left: number;
  width: number;
  getWindow: () => TimeWindow;
  setWindow: (w: TimeWindow) => void;
}

interface Density {
  key: string;
  bars: { t: number; end: number; count: number }[];
}

/** Counts per year of every matching event over all time, loaded once per set of filters. */
function useDensity(): Density | null {
  const params = useSearchParams();
  const filters = new URLSearchParams();
  for (const k of FILTER_KEYS) for (const v of params.getAll(k)) if (v) filters.append(k, v);
  const key = filters.toString();
  const [density, setDensity] = useState<Density | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    const url = `/api/timeline?${key}${key ? '&' : ''}from=1900-01-01&to=2100-12-31&lanes=none&maxItems=1&width=1000`;
    fetch(url, { signal: abort.signal })
      .then((r) => (r.ok ? (r.json() as Promise<TimelineData>) : null))
      .then((data) => {
        if (!data) return;
        const bars =
          data.mode === 'buckets'
            ? data.totals.map((b) => ({ t: b.t, end: bucketEnd(b.t, data.bucket), count: b.count }))
            : data.items.map((i) => {
                const t = Date.UTC(Number(i.date.slice(0, 4)), 0, 1);
                return { t, end: bucketEnd(t, 'year'), count: 1 };
              });
        setDensity({ key, bars });
      })
      .catch(() => {});
    return () => abort.abort();
  }, [key]);
  return density;
}

/**
 * A thin strip under the chart: how many matching events each year holds, over all time, and
 * the window on screen as a brush. Drag the brush to pan, drag an edge to zoom, press
 * anywhere else to jump there; the arrow keys move it too.
 */
export function OverviewStrip({ win, left, width, getWindow, setWindow }: Props) {
  const t = useTranslations('timeline.chart');
  const density = useDensity();
  const drag = useRef<{ part: BrushPart; x0: number; win0: TimeWindow } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const domain = overviewDomain(density?.bars ?? [], win);
  const px = (t: number) => ((t - domain.start) / (domain.end - domain.start)) * width;
  const msPerPx = (domain.end - domain.start) / width;
  const max = Math.max(1, ...(density?.bars ?? []).map((b) => b.count));
  const bx1 = px(win.start);
  const bx2 = Math.max(px(win.end), bx1 + 4);

  const localX = (e: PointerEvent) => e.clientX - svgRef.current!.getBoundingClientRect().left;
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    const x = localX(e);
    const inside = x >= bx1 && x <= bx2;
    // A brush too narrow for two handles and a body is all body: pressing it drags it.
    let part: BrushPart =
      inside && bx2 - bx1 < 3 * HANDLE_PX
        ? 'move'
        : Math.abs(x - bx1) <= HANDLE_PX
          ? 'start'
          : Math.abs(x - bx2) <= HANDLE_PX
            ? 'end'
            : x > bx1 && x < bx2
              ? 'move'
              : 'jump';
    let win0 = getWindow();
    if (part === 'jump') {
      // Centre the window where the strip was pressed, then let the same press drag it.
      const span = win0.end - win0.start;
      const centre = domain.start + x * msPerPx;
      win0 = { start: centre - span / 2, end: centre + span / 2 };
      setWindow(brushDrag(win0, 'move', 0));
      part = 'move';
    }
    drag.current = { part, x0: x, win0 };
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    setWindow(brushDrag(d.win0, d.part, (localX(e) - d.x0) * msPerPx));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowLeft: -0.5, ArrowRight: 0.5 }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    setWindow(panWindow(getWindow(), step));
  };
  const days = windowToDays(win);

  return (
    <div className={styles.overview} style={{ marginLeft: left, width }}>
      <svg
        ref={svgRef}
        width={width}
        height={STRIP_H}
        className={styles.overviewSvg}
        data-testid="timeline-overview"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        aria-label={t('overview')}
        role="group"
      >
        {(density?.bars ?? []).map((b) => {
          const h = ((STRIP_H - 8) * b.count) / max;
          return (
            <rect
              key={b.t}
              data-bar={b.count}
              className={styles.overviewBar}
              x={px(b.t)}
              y={STRIP_H - 2 - h}
              width={Math.max(1, px(b.end) - px(b.t) - 1)}
              height={h}
            />
          );
        })}
        <g
          className={styles.brush}
          role="slider"
          tabIndex={0}
          aria-label={t('window')}
          aria-valuemin={domain.start}
          aria-valuemax={domain.end}
          aria-valuenow={win.start}
          aria-valuetext={`${days.from} to ${days.to}`}
          onKeyDown={onKeyDown}
          data-testid="timeline-brush"
        >
          <rect x={bx1} y={1} width={bx2 - bx1} height={STRIP_H - 2} />
          <line className={styles.handle} x1={bx1} x2={bx1} y1={4} y2={STRIP_H - 4} />
          <line className={styles.handle} x1={bx2} x2={bx2} y1={4} y2={STRIP_H - 4} />
        </g>
      </svg>
    </div>
  );
}
