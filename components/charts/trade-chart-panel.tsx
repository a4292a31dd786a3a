'use client';

import { useRef } from 'react';
import type { TradeChart } from '@/lib/charts/trade-chart.ts';
import { tradeCsv } from '@/lib/charts/trade-csv.ts';
import { ChartFrame } from './chart-frame.tsx';
import { ExportMenu } from './export-menu.tsx';
import { TradeTrendChart } from './trade-trend-chart.tsx';
import styles from './chart.module.css';

/** The trade chart in its frame, with its exports and the list of events it marks. */
export function TradeChartPanel({ chart }: { chart: TradeChart }) {
  const plotRef = useRef<HTMLDivElement>(null);
  const hasData = chart.series.some((s) => s.points.some((p) => p.value !== null));
  return (
    <>
      <ChartFrame
        chart={chart}
        plotRef={plotRef}
        actions={
          <ExportMenu
            chart={chart}
            name="trade"
            csv={(origin) => tradeCsv(chart, origin)}
            target={plotRef}
          />
        }
      >
        {hasData ? (
          <TradeTrendChart chart={chart} />
        ) : (
          <p className="empty">
            No trade figures for these series and years. Widen the years or choose another pair.
          </p>
        )}
      </ChartFrame>
      {chart.markers.length > 0 && (
        <details className={styles.events}>
          <summary>Events marked on the chart ({chart.markers.length})</summary>
          <ul>
            {chart.markers.map((m) => (
              <li key={`${m.slug}-${m.seriesId}`}>
                <span
                  className={styles.swatch}
                  style={{ background: m.color }}
                  aria-hidden="true"
                />{' '}
                <time dateTime={m.date}>{m.date}</time> <a href={`/events/${m.slug}`}>{m.title}</a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
