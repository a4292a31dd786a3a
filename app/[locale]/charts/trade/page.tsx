import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation.ts';
import { TradeChartPanel } from '@/components/charts/trade-chart-panel.tsx';
import { TradeControls } from '@/components/charts/trade-controls.tsx';
import { DataVersionNote } from '@/components/charts/data-version-note.tsx';
import { ChartErrors } from '@/components/charts/chart-errors.tsx';
import { localizeTradeChart } from '@/lib/charts/chart-texts.ts';
import { chartDataVersion } from '@/lib/charts/data-version.ts';
import { translateFields } from '@/lib/i18n/api-locale.ts';
import type { Locale } from '@/lib/i18n/localized.ts';
import { getTradeChart, listMarkerTags, listTradeSeriesIds } from '@/lib/db/trade/series.ts';
import { siteUrl } from '@/lib/env.ts';
import { TradeIntro } from './intro.tsx';
import { fieldErrorsOf } from '@/lib/schemas/errors.ts';
import { searchParamsToObject, tradeQuerySchema } from '@/lib/schemas/trade.ts';

export const dynamic = 'force-dynamic';
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'charts.trade' }))('metaTitle') };
}

export default async function TradeChartPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const [t, locale] = await Promise.all([getTranslations('charts'), getLocale()]);
  const parsed = tradeQuerySchema.safeParse(searchParamsToObject(raw));
  const [available, tags] = await Promise.all([listTradeSeriesIds(), listMarkerTags()]);
  const query = parsed.success ? parsed.data : tradeQuerySchema.parse({});
  const result = parsed.success ? await getTradeChart(parsed.data) : null;
  const errors = parsed.success
    ? result!.unknown.length
      ? { series: t('unknownSeries', { list: result!.unknown.join(', ') }) }
      : null
    : translateFields(fieldErrorsOf(parsed.error), locale as Locale);
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
        <ChartErrors errors={errors}>
          <p>
            <Link href="/charts/trade">{t('defaultChart')}</Link>
          </p>
        </ChartErrors>
      ) : (
        <>
          <DataVersionNote
            path="/charts/trade"
            params={raw}
            version={chartDataVersion(result!.chart)}
          />
          <TradeChartPanel
            chart={localizeTradeChart(result!.chart, query.flow, locale as Locale)}
            origin={siteUrl()}
          />
        </>
      )}
    </>
  );
}
