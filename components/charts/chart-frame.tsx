'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode, RefObject } from 'react';
import type { ExportableChart } from './chart-export.ts';
import { chartFont } from './chart-font.ts';
import styles from './chart.module.css';

interface Props {
  chart: Omit<ExportableChart, 'fileBase'>;
  /** Rendered beside the title (the export menu). */
  actions?: ReactNode;
  /** Receives the element that holds the chart's <svg>, for exports. */
  plotRef?: RefObject<HTMLDivElement | null>;
  children: ReactNode;
}

/** Title, units, legend, the chart, and a footer naming the sources: every chart's frame. */
export function ChartFrame({ chart, actions, plotRef, children }: Props) {
  const t = useTranslations('charts.frame');
  return (
    <figure className={`${styles.frame} ${chartFont.className}`} aria-labelledby="chart-title">
      <div className={styles.head}>
        <div>
          <h2 id="chart-title" className={styles.title}>
            {chart.title}
          </h2>
          <p className={styles.units}>{chart.units}</p>
        </div>
        {actions}
      </div>
      <ul className={styles.legend} aria-label={t('legend')}>
        {chart.series.map((s) => (
          <li key={s.id}>
            <span className={styles.swatch} style={{ background: s.color }} aria-hidden="true" />{' '}
            {s.label}
          </li>
        ))}
      </ul>
      <div ref={plotRef} className={styles.plot} data-testid="chart-plot">
        {children}
      </div>
      <figcaption className={styles.footer}>
        {chart.key && <p>{chart.key}</p>}
        {chart.footer.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>
          {t('link')} <a href={chart.path}>{chart.path}</a>
        </p>
      </figcaption>
    </figure>
  );
}
