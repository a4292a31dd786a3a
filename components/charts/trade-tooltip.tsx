'use client';

import { useLocale, useTranslations } from 'next-intl';
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
  const t = useTranslations('charts.trade');
  const locale = useLocale();
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
              {s.label}:{' '}
              {p && p.value !== null
                ? formatValue(p.value, chart.mode, false, locale)
                : t('noFigure')}
              {p?.compiler && <div className={styles.small}>{p.compiler}</div>}
              {p?.caution && <div className={styles.caution}>{p.caution}</div>}
            </li>
          );
        })}
      </ul>
      {events.length > 0 && (
        <div className={styles.small}>
          {t('tooltipEvents', { count: events.length })}{' '}
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
