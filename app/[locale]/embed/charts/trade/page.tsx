import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { TradeChartPanel } from '@/components/charts/trade-chart-panel.tsx';
import { localizeTradeChart, localePath } from '@/lib/charts/chart-texts.ts';
import { siteUrl } from '@/lib/env.ts';
import { getTradeChart } from '@/lib/db/trade/series.ts';
import type { Locale } from '@/lib/i18n/localized.ts';
import { searchParamsToObject, tradeQuerySchema } from '@/lib/schemas/trade.ts';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('charts.embed');
  return { title: t('trade'), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The trade chart alone, for an iframe; the same query as /charts/trade. */
export default async function EmbeddedTradeChart({ searchParams }: { searchParams: SearchParams }) {
  const parsed = tradeQuerySchema.safeParse(searchParamsToObject(await searchParams));
  if (!parsed.success) notFound();
  const { chart: built, unknown } = await getTradeChart(parsed.data);
  if (unknown.length) notFound();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('charts.embed');
  const chart = localizeTradeChart(built, parsed.data.flow, locale);
  return (
    <>
      <h1 className="sr-only">{chart.title}</h1>
      <TradeChartPanel chart={chart} origin={siteUrl()} />
      <p className="embed-credit">
        <a href={localePath(chart.path, locale)} target="_top">
          {t('open')}
        </a>
      </p>
    </>
  );
}
