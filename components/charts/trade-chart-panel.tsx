'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import { useRef } from 'react';
import { panelChart, type TradeChart } from '@/lib/charts/trade-chart.ts';
import { tradeCsv } from '@/lib/charts/trade-csv.ts';
import { ChartFrame } from './chart-frame.tsx';
import { ExportMenu } from './export-menu.tsx';
import { TradeTrendChart } from './trade-trend-chart.tsx';
import styles from './chart.module.css';

/** Height of each panel when series with very different scales are drawn apart. */
const PANEL_HEIGHT = 300;

/**
 * The trade chart in its frame, with its exports, the events it marks and the full list of
 * sources. `origin` is the site's public address (SITE_URL), printed on every export.
 */
export function TradeChartPanel({ chart, origin }: { chart: TradeChart; origin: string }) {
  const t = useTranslations('charts.trade');
  const locale = useLocale();
  const plotRef = useRef<HTMLDivElement>(null);
  const hasData = chart.series.some((s) => s.points.some((p) => p.value !== null));
  const split = chart.panels.length > 1;
  const byDate = [...chart.markers].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <>
      <ChartFrame
        chart={chart}
        plotRef={plotRef}
        actions={
          <ExportMenu
            chart={chart}
            name="trade"
            csv={(o, l) => tradeCsv(chart, o, l)}
            target={plotRef}
            origin={origin}
          />
        }
      >
        {!hasData ? (
          <p className="empty">{t('noData')}</p>
        ) : split ? (
          <>
            <p className={styles.small}>{t('split')}</p>
            {chart.panels.map((ids, i) => {
              const panel = panelChart(chart, ids);
              return (
                <div key={ids.join()} data-testid="trade-panel" data-series={ids.join(',')}>
                  <TradeTrendChart
                    chart={panel}
                    annotate={i === 0}
                    flags={i === 0}
                    gaps
                    heading={t('ownScale', { names: panel.series.map((s) => s.label).join(', ') })}
                    height={PANEL_HEIGHT + (i === 0 ? 60 : 0)}
                  />
                </div>
              );
            })}
          </>
        ) : (
          <div data-testid="trade-panel" data-series={chart.panels[0]?.join(',')}>
            <TradeTrendChart chart={chart} annotate gaps />
          </div>
        )}
      </ChartFrame>
      {chart.markers.length > 0 && (
        <details className={styles.events}>
          <summary>{t('eventsMarked', { count: chart.markers.length })}</summary>
          <ul>
            {byDate.map((m) => (
              <li key={`${m.slug}-${m.seriesId}`}>
                <span
                  className={styles.swatch}
                  style={{ background: m.color }}
                  aria-hidden="true"
                />{' '}
                <time dateTime={m.date}>{formatPartialDate(m.date, locale)}</time>{' '}
                <Link href={`/events/${m.slug}`}>{m.title}</Link>
              </li>
            ))}
          </ul>
        </details>
      )}
      {chart.sources.length > 0 && (
        <details className={styles.events} id="sources">
          <summary>{t('sources', { count: chart.sources.length })}</summary>
          <ul>
            {chart.sources.map((s) => (
              <li key={`${s.publisher}-${s.title}-${s.url}`}>
                {s.publisher}:{' '}
                {s.url ? (
                  <a href={s.url} rel="noopener noreferrer">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
