import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation.ts';
import { TradeChartPanel } from '@/components/charts/trade-chart-panel.tsx';
import { TradeControls } from '@/components/charts/trade-controls.tsx';
import { DataVersionNote } from '@/components/charts/data-version-note.tsx';
import { chartDataVersion } from '@/lib/charts/data-version.ts';
import { getTradeChart, listMarkerTags, listTradeSeriesIds } from '@/lib/db/trade/series.ts';
import { siteUrl } from '@/lib/env.ts';
import { TradeIntro } from './intro.tsx';
import { fieldErrorsOf } from '@/lib/schemas/errors.ts';
import { searchParamsToObject, tradeQuerySchema } from '@/lib/schemas/trade.ts';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Trade chart' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TradeChartPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const parsed = tradeQuerySchema.safeParse(searchParamsToObject(raw));
  const [available, tags] = await Promise.all([listTradeSeriesIds(), listMarkerTags()]);
  const query = parsed.success ? parsed.data : tradeQuerySchema.parse({});
  const result = parsed.success ? await getTradeChart(parsed.data) : null;
  const errors = parsed.success
    ? result!.unknown.length
      ? { series: `Unknown series ${result!.unknown.join(', ')}` }
      : null
    : fieldErrorsOf(parsed.error);
  return (
    <>
      <TradeIntro />
      <TradeControls
        key={JSON.stringify(query)}
        query={query}
        available={available}
        tags={tags}
        action="/charts/trade"
      />
      {errors ? (
        <div role="alert" className="card">
          <h2>This chart can&apos;t be drawn</h2>
          <ul>
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>
                <strong>{field}</strong>: {message}
              </li>
            ))}
          </ul>
          <p>
            <Link href="/charts/trade">Show the default chart</Link>
          </p>
        </div>
      ) : (
        <>
          <DataVersionNote
            path="/charts/trade"
            params={raw}
            version={chartDataVersion(result!.chart)}
          />
          <TradeChartPanel chart={result!.chart} origin={siteUrl()} />
        </>
      )}
    </>
  );
}
