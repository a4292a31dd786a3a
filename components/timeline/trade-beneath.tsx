'use client';

import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { composeSvg, download, svgToPngBlob } from '@/components/charts/chart-export.ts';
import { TradeTrendChart } from '@/components/charts/trade-trend-chart.tsx';
import type { TradeChart } from '@/lib/charts/trade-chart.ts';
import { tradeDomain, tradeKey } from '@/lib/timeline/trade-axis.ts';
import { changeParams } from '@/lib/timeline/view-query.ts';
import {
  panWindow,
  windowFromDays,
  windowToDays,
  zoomWindow,
  type TimeWindow,
} from '@/lib/timeline/window.ts';
import { inlineTimelineSvg, stackSvgs } from './export-pair.ts';
import { useFetched, type Fetched } from './use-fetched.ts';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

interface Props {
  initial: Fetched<TradeChart>;
  series: string;
  /** The window the server resolved, for a URL that names none. */
  from: string;
  to: string;
}

/**
 * The trade chart under the timeline, on the timeline's window. Both read the window from
 * the URL, so zooming or panning either one moves the other; this one fetches the years of
 * a new window from /api/trade and keeps showing the old figures meanwhile.
 */
export function TradeBeneath({ initial, series, from, to }: Props) {
  const tt = useTranslations('timeline.trade');
  const params = useSearchParams();
  const plotRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  // The timeline's view (start/end), not its date filter (from/to).
  const f = params.get('start') ?? '';
  const t = params.get('end') ?? '';
  const days = FULL_DAY.test(f) && FULL_DAY.test(t) ? { from: f, to: t } : { from, to };
  const win = windowFromDays(days.from, days.to);
  const trade = useFetched(initial, (key) => `/api/trade?${key}`);
  const chart = trade.value;
  const key = tradeKey(series, win);
  const { load } = trade;
  useEffect(() => load(key), [key, load]);

  const move = (next: TimeWindow) => {
    const d = windowToDays(next);
    const p = changeParams(params, (q) => {
      q.set('start', d.from);
      q.set('end', d.to);
    });
    window.history.replaceState(null, '', `?${p}`);
  };

  const exportPair = async () => {
    setError(null);
    const timeline = document.querySelector<HTMLElement>('[data-testid="timeline-drawing"]');
    const tradeSvg = plotRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!timeline || !tradeSvg) return setError(tt('notYet'));
    const rect = tradeSvg.getBoundingClientRect();
    const framed = composeSvg(tradeSvg, chart, window.location.origin);
    const framedHeight = Number(/height="(\d+)"/.exec(framed)?.[1] ?? rect.height);
    const svg = stackSvgs(
      [
        inlineTimelineSvg(timeline),
        { markup: framed, width: Math.round(rect.width), height: framedHeight },
      ],
      tt('pairTitle', { from: days.from, to: days.to }),
      window.location.href,
    );
    download(await svgToPngBlob(svg, 2), `timeline-trade-${days.from}-${days.to}.png`);
  };

  return (
    <section className="card" aria-labelledby="trade-beneath-heading" data-testid="trade-beneath">
      <h2 id="trade-beneath-heading">{tt('heading', { title: chart.title })}</h2>
      <div role="group" aria-label={tt('group')}>
        <button type="button" onClick={() => move(panWindow(win, -0.5))}>
          {tt('earlier')}
        </button>{' '}
        <button type="button" onClick={() => move(zoomWindow(win, 0.5))}>
          {tt('zoomIn')}
        </button>{' '}
        <button type="button" onClick={() => move(zoomWindow(win, 2))}>
          {tt('zoomOut')}
        </button>{' '}
        <button type="button" onClick={() => move(panWindow(win, 0.5))}>
          {tt('later')}
        </button>{' '}
        <button type="button" className="secondary" onClick={() => void exportPair()}>
          {tt('download')}
        </button>
        <span className="meta" aria-live="polite">
          {trade.loading !== null ? tt('updating') : ''}
        </span>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {trade.error ? <p role="alert">{tt('failed', { error: trade.error })}</p> : null}
      <div ref={plotRef}>
        <TradeTrendChart chart={chart} xDomain={tradeDomain(win)} />
      </div>
      <p className="meta">{chart.footer.join(' ')}</p>
    </section>
  );
}
