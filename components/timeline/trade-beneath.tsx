'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { composeSvg, download, svgToPngBlob } from '@/components/charts/chart-export.ts';
import { TradeTrendChart } from '@/components/charts/trade-trend-chart.tsx';
import type { TradeChart } from '@/lib/charts/trade-chart.ts';
import { tradeDomain } from '@/lib/timeline/trade-axis.ts';
import { panWindow, windowFromDays, windowToDays, zoomWindow, type TimeWindow } from '@/lib/timeline/window.ts';
import { inlineStyledSvg, stackSvgs } from './export-pair.ts';

/**
 * The trade chart under the timeline, on the timeline's window. Both read the window from
 * the URL, so zooming or panning either one moves the other.
 */
export function TradeBeneath({ chart, from, to }: { chart: TradeChart; from: string; to: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const plotRef = useRef<HTMLDivElement>(null);
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const win = windowFromDays(from, to);

  const move = (next: TimeWindow) => {
    const days = windowToDays(next);
    const p = new URLSearchParams(params);
    p.set('from', days.from);
    p.set('to', days.to);
    startTransition(() => router.replace(`${pathname}?${p}`, { scroll: false }));
  };

  const exportPair = async () => {
    setError(null);
    const timeline = document.querySelector<SVGSVGElement>('[aria-label^="Timeline by"] svg');
    const trade = plotRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!timeline || !trade) return setError('Nothing to export yet: wait until both are drawn.');
    const rect = trade.getBoundingClientRect();
    const framed = composeSvg(trade, chart, window.location.origin);
    const framedHeight = Number(/height="(\d+)"/.exec(framed)?.[1] ?? rect.height);
    const svg = stackSvgs(
      [inlineStyledSvg(timeline), { markup: framed, width: Math.round(rect.width), height: framedHeight }],
      `Timeline and trade, ${from} to ${to}`,
      window.location.href,
    );
    download(await svgToPngBlob(svg, 2), `timeline-trade-${from}-${to}.png`);
  };

  return (
    <section className="card" aria-labelledby="trade-beneath-heading" data-testid="trade-beneath">
      <h2 id="trade-beneath-heading">{chart.title}, on the timeline&apos;s window</h2>
      <div role="group" aria-label="Move both the timeline and the trade chart">
        <button type="button" onClick={() => move(panWindow(win, -0.5))}>← Earlier</button>{' '}
        <button type="button" onClick={() => move(zoomWindow(win, 0.5))}>Zoom in</button>{' '}
        <button type="button" onClick={() => move(zoomWindow(win, 2))}>Zoom out</button>{' '}
        <button type="button" onClick={() => move(panWindow(win, 0.5))}>Later →</button>{' '}
        <button type="button" className="secondary" onClick={() => void exportPair()}>Download timeline and chart (PNG)</button>
        {isPending ? <span className="meta"> Loading…</span> : null}
      </div>
      {error ? <p role="alert">{error}</p> : null}
      <div ref={plotRef}>
        <TradeTrendChart chart={chart} xDomain={tradeDomain(win)} />
      </div>
      <p className="meta">{chart.footer.join(' ')}</p>
    </section>
  );
}
