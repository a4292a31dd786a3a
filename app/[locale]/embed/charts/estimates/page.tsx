import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EstimateChartPanel } from '@/components/charts/estimate-chart-panel.tsx';
import { loadEstimateChart } from '@/lib/charts/load-estimates.ts';
import { estimateQuerySchema } from '@/lib/schemas/estimate-query.ts';
import { searchParamsToObject } from '@/lib/schemas/trade.ts';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Estimate tracker (embedded)',
  robots: { index: false },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The estimate tracker alone, for an iframe; the same query as /charts/estimates. */
export default async function EmbeddedEstimateChart({
  searchParams,
}: {
  searchParams: SearchParams;
}) {
  const parsed = estimateQuerySchema.safeParse(searchParamsToObject(await searchParams));
  if (!parsed.success) notFound();
  const chart = await loadEstimateChart(parsed.data);
  return (
    <>
      <h1 className="sr-only">{chart.title}</h1>
      <EstimateChartPanel chart={chart} embedded />
      <p className="embed-credit">
        <a href={chart.path} target="_top">
          Open in Alliance Tracker
        </a>
      </p>
    </>
  );
}
