'use client';

import { useLocale } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { localized, type Locale } from '@/lib/i18n/localized.ts';
import { placeEras, type EraLike } from '@/lib/timeline/eras.ts';
import type { TimeWindow } from '@/lib/timeline/window.ts';
import styles from './timeline.module.css';

/** Height of the row under the axis that names the eras on screen. */
export const ERA_H = 18;

/** The eras, fetched once after the chart is drawn (a handful of rows; never in its way). */
export function useEras(): EraLike[] {
  const locale = useLocale() as Locale;
  const [eras, setEras] = useState<(EraLike & { titleKo?: string | null })[]>([]);
  useEffect(() => {
    const abort = new AbortController();
    fetch('/api/eras', { signal: abort.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ items: EraLike[] }>) : { items: [] }))
      .then((body) => setEras(body.items))
      .catch(() => {});
    return () => abort.abort();
  }, []);
  // Titles in the page's language (plain text in the SVG: no mark there).
  return useMemo(
    () => eras.map((e) => ({ ...e, title: localized(e, 'title', locale).text })),
    [eras, locale],
  );
}

/** Labelled bands behind the lanes, following the live window like the axis. */
export function EraBands({
  eras,
  win,
  width,
  top,
  height,
}: {
  eras: EraLike[];
  win: TimeWindow;
  width: number;
  top: number;
  height: number;
}) {
  return placeEras(eras, win, width).map((e) => (
    <g key={e.slug} data-era={e.slug} className={styles.era}>
      <title>{e.title}</title>
      <rect x={e.x1} y={top} width={Math.max(1, e.x2 - e.x1)} height={height - top} />
      <line x1={e.x1} x2={e.x2} y1={top + 1} y2={top + 1} className={styles.eraEdge} />
      {e.text ? (
        <text x={e.labelX} y={top + ERA_H - 5} className={styles.eraLabel}>
          {e.text}
        </text>
      ) : null}
    </g>
  ));
}
