'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/localized.ts';
import { useState, type RefObject } from 'react';
import { composeSvg, download, svgToPngBlob, type ExportableChart } from './chart-export.ts';
import styles from './chart.module.css';

interface Props {
  chart: ExportableChart;
  /** The chart's name in /api/charts/<name>.png. */
  name: 'trade' | 'activity';
  /** CSV of exactly the plotted data. */
  csv: (origin: string, locale: Locale) => string;
  /** The element holding the recharts <svg> (or several: small multiples). */
  target: RefObject<HTMLElement | null>;
  /** The site's public address (SITE_URL) for the links the exports carry. */
  origin: string;
}

/** Download buttons beside the chart, and the stable server URLs for scripts and reports. */
export function ExportMenu({ chart, name, csv, target, origin }: Props) {
  const t = useTranslations('charts.exports');
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  // On a Korean page the server files are asked for in Korean too (`lang=ko`).
  const path = chart.path.slice(chart.path.indexOf('?'));
  const query = locale === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;

  async function run(format: 'png' | 'svg' | 'csv') {
    setError(null);
    try {
      if (format === 'csv')
        return download(
          new Blob([csv(origin, locale as Locale)], { type: 'text/csv' }),
          `${chart.fileBase}.csv`,
        );
      const nodes = [
        ...(target.current?.querySelectorAll<SVGSVGElement>('svg.recharts-surface') ?? []),
      ];
      if (!nodes.length) throw new Error(t('notDrawn'));
      const svg = composeSvg(nodes, chart, origin, locale as Locale);
      if (format === 'svg')
        return download(new Blob([svg], { type: 'image/svg+xml' }), `${chart.fileBase}.svg`);
      download(await svgToPngBlob(svg, 2), `${chart.fileBase}.png`);
    } catch (e) {
      setError(e instanceof Error ? e.message : t('failed'));
    }
  }

  return (
    <div className={styles.exports} role="group" aria-label={t('group')}>
      <span className={styles.small}>{t('download')}</span>
      <button type="button" onClick={() => run('png')}>
        PNG
      </button>
      <button type="button" onClick={() => run('svg')}>
        SVG
      </button>
      <button type="button" onClick={() => run('csv')}>
        CSV
      </button>
      <details className={styles.serverLinks}>
        <summary>{t('links')}</summary>
        <ul>
          {(['png', 'svg', 'csv'] as const).map((f) => (
            <li key={f}>
              <a
                href={`${origin}/api/charts/${name}.${f}${query}`}
                data-format={f}
              >{`${origin}/api/charts/${name}.${f}${query}`}</a>
            </li>
          ))}
          <li>
            <a href={`${origin}/embed${chart.path}`}>{t('embed')}</a>
          </li>
        </ul>
      </details>
      {error && (
        <p role="alert" className={styles.caution}>
          {error}
        </p>
      )}
    </div>
  );
}
