'use client';

import { useLocale, useTranslations } from 'next-intl';
import { scaleUtc } from 'd3-scale';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { axisTicks } from '@/lib/timeline/ticks.ts';
import type { TimeWindow } from '@/lib/timeline/window.ts';
import { AXIS_H, placeLanes } from './chart-layout.ts';
import styles from './timeline.module.css';
import { AxisMarks, SpanHatch } from './chart-parts.tsx';
import { OverviewStrip } from './overview-strip.tsx';
import { EraBands, ERA_H, useEras } from './era-bands.tsx';
import { TimelineLanes, TimelineMarks, type MarkHover } from './timeline-marks.tsx';
import { useTimelineGestures } from './use-timeline-gestures.ts';
import type { TimelineData } from '@/lib/shapes/timeline.ts';

/** The hovered or focused mark, in the chart's pixels (left of the lane labels included). */
export type Hover = MarkHover;

interface Props {
  data: TimelineData;
  /** The window on screen, changing with every frame of a gesture. */
  win: TimeWindow;
  /** The window the marks were last laid out for; marks are moved, not re-laid, in between. */
  layoutWin: TimeWindow;
  width: number;
  selected: string | null;
  getWindow: () => TimeWindow;
  setWindow: (w: TimeWindow) => void;
  onSelect: (slug: string) => void;
  onHover: (h: Hover | null) => void;
}

function plotGeometry(width: number) {
  const labelW = width < 560 ? 84 : 128;
  return { labelW, plotW: Math.max(100, width - labelW - 8) };
}

/**
 * The drawing: lanes and axis in one SVG that follows the live window (a few dozen nodes), and
 * the marks in a second SVG laid over the plot area, laid out for `layoutWin` and moved by a
 * CSS transform on that SVG while the window differs: the browser composites it without
 * painting the marks again, so a zoom step costs one small render whatever the data.
 */
export function TimelineChart({
  data,
  win,
  layoutWin,
  width,
  selected,
  getWindow,
  setWindow,
  onSelect,
  onHover,
}: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { labelW, plotW } = plotGeometry(width);
  const { wasDrag } = useTimelineGestures(
    boxRef,
    { left: labelW, width: plotW },
    getWindow,
    setWindow,
  );
  const t = useTranslations('timeline.chart');
  const tl = useTranslations('timeline');
  const locale = useLocale();
  const eras = useEras();
  // A row under the axis names the eras; kept whenever any exist, so lanes never jump.
  const lanesTop = AXIS_H + (eras.length ? ERA_H : 0);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const toggleLane = useCallback(
    (key: string) =>
      setCollapsed((cur) => {
        const next = new Set(cur);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  const { lanes, height } = useMemo(
    () =>
      placeLanes(
        data,
        layoutWin,
        scaleUtc().domain([layoutWin.start, layoutWin.end]).range([0, plotW]),
        collapsed,
        lanesTop,
        (count) => tl('clusterText', { count }),
      ),
    [data, layoutWin, plotW, collapsed, lanesTop, tl],
  );
  const x = scaleUtc().domain([win.start, win.end]).range([0, plotW]);
  const { ticks, major } = axisTicks(win.start, win.end, plotW, locale);
  // x on screen = k · (x laid out) + tx.
  const span = win.end - win.start;
  const k = (layoutWin.end - layoutWin.start) / span;
  const tx = ((layoutWin.start - win.start) / span) * plotW;
  const isMoved = k !== 1 || Math.abs(tx) > 0.01;
  const hoverLive = useRef({ k, tx, labelW });
  useEffect(() => {
    hoverLive.current = { k, tx, labelW };
  });
  const onMarkHover = useCallback(
    (h: MarkHover | null) =>
      onHover(
        h && {
          ...h,
          x: hoverLive.current.labelW + hoverLive.current.k * h.x + hoverLive.current.tx,
        },
      ),
    [onHover],
  );

  return (
    <>
      <div ref={boxRef} className={styles.plot} data-testid="timeline-drawing">
        {/* The dates stay in view while the rows scroll by beneath them (a long chart, a phone). */}
        <div className={styles.axisBar} style={{ height: AXIS_H, marginBottom: -AXIS_H }}>
          <svg
            className={styles.svg}
            width={width}
            height={AXIS_H}
            role="group"
            aria-label={t('axis')}
            data-layer="axis"
          >
            <g
              transform={`translate(${labelW} 0)`}
              className={styles.axis}
              data-testid="timeline-axis"
            >
              <AxisMarks ticks={ticks} major={major} x={x} bottom={AXIS_H} />
            </g>
          </svg>
        </div>
        <svg
          className={styles.svg}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="group"
          aria-label={t('rows')}
        >
          <TimelineLanes
            lanes={lanes}
            width={width}
            labelW={labelW}
            foldable={data.mode === 'items'}
            onToggle={toggleLane}
          />
          <g transform={`translate(${labelW} 0)`} data-testid="timeline-eras">
            <EraBands eras={eras} win={win} width={plotW} top={AXIS_H} height={height} />
          </g>
          <g transform={`translate(${labelW} 0)`} className={styles.axis}>
            {ticks.map((t) => (
              <line key={t.t} x1={x(t.t)} x2={x(t.t)} y1={AXIS_H} y2={height} />
            ))}
          </g>
        </svg>
        <div className={styles.marksClip} style={{ left: labelW, width: plotW, height }}>
          <svg
            className={`${styles.marks} ${isMoved ? styles.moving : ''}`}
            width={plotW}
            height={height}
            style={
              isMoved ? { transform: `translateX(${tx.toFixed(2)}px) scaleX(${k})` } : undefined
            }
            data-k={k}
            data-tx={tx}
            data-layer="marks"
            role="group"
            aria-label={t('label', { count: data.total })}
          >
            <defs>
              <SpanHatch id="span-hatch" />
              <marker
                id="link-arrow"
                viewBox="0 0 8 8"
                refX="7"
                refY="4"
                markerWidth="7"
                markerHeight="7"
                markerUnits="userSpaceOnUse"
                orient="auto"
              >
                <path d="M0 0.5 L8 4 L0 7.5 z" fill="var(--link-arrow, var(--muted))" />
              </marker>
            </defs>
            <TimelineMarks
              data={data}
              lanes={lanes}
              layoutWin={layoutWin}
              plotW={plotW}
              selected={selected}
              wasDrag={wasDrag}
              onSelect={onSelect}
              onHover={onMarkHover}
              onZoomTo={setWindow}
            />
          </svg>
        </div>
      </div>
      <OverviewStrip
        win={win}
        left={labelW}
        width={plotW}
        getWindow={getWindow}
        setWindow={setWindow}
      />
    </>
  );
}
