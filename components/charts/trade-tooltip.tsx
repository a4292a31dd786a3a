'use client';

import { formatValue } from '@/lib/charts/scales.ts';
import type { TradeChart } from '@/lib/charts/trade-chart.ts';
import styles from './chart.module.css';

interface Props {
  chart: TradeChart;
  active?: boolean;
  label?: number | string;
}

/** The year's figures: value, compiler, and why a point must be read with care. */
export function TradeTooltip({ chart, active, label }: Props) {
  if (!active || label === undefined) return null;
  const year = Math.round(Number(label));
  const events = chart.markers.filter((m) => Math.floor(m.x) === year);
  return (
    <div className={styles.tooltip}>
      <strong>{year}</strong>
      <ul>
        {chart.series.map((s) => {
          const p = s.points.find((q) => q.year === year);
          return (
            <li key={s.id}>
              <span className={styles.swatch} style={{ background: s.color }} aria-hidden="true" />{' '}
              {s.label}: {p && p.value !== null ? formatValue(p.value, chart.mode) : 'no figure'}
              {p?.compiler && <div className={styles.small}>{p.compiler}</div>}
              {p?.caution && <div className={styles.caution}>{p.caution}</div>}
            </li>
          );
        })}
      </ul>
      {events.length > 0 && (
        <div className={styles.small}>
          {events.length} event{events.length > 1 ? 's' : ''}:{' '}
          {events
            .slice(0, 3)
            .map((e) => e.title)
            .join('; ')}
          {events.length > 3 ? '…' : ''}
        </div>
      )}
    </div>
  );
}
