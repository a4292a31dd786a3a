import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TradeChartPanel } from '@/components/charts/trade-chart-panel.tsx';
import { siteUrl } from '@/lib/env.ts';
import { getTradeChart } from '@/lib/db/trade/series.ts';
import { searchParamsToObject, tradeQuerySchema } from '@/lib/schemas/trade.ts';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Trade chart (embedded)', robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The trade chart alone, for an iframe; the same query as /charts/trade. */
export default async function EmbeddedTradeChart({ searchParams }: { searchParams: SearchParams }) {
  const parsed = tradeQuerySchema.safeParse(searchParamsToObject(await searchParams));
  if (!parsed.success) notFound();
  const { chart, unknown } = await getTradeChart(parsed.data);
  if (unknown.length) notFound();
  return (
    <>
      <h1 className="sr-only">{chart.title}</h1>
      <TradeChartPanel chart={chart} origin={siteUrl()} />
      <p className="embed-credit">
        <a href={chart.path} target="_top">
          Open in Alliance Tracker
        </a>
      </p>
    </>
  );
}
