import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EstimateChartPanel } from '@/components/charts/estimate-chart-panel.tsx';
import { localizeEstimateChart, localePath } from '@/lib/charts/chart-texts.ts';
import { loadEstimateChart } from '@/lib/charts/load-estimates.ts';
import type { Locale } from '@/lib/i18n/localized.ts';
import { estimateQuerySchema } from '@/lib/schemas/estimate-query.ts';
import { searchParamsToObject } from '@/lib/schemas/trade.ts';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('charts.embed');
  return { title: t('estimates'), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The estimate tracker alone, for an iframe; the same query as /charts/estimates. */
export default async function EmbeddedEstimateChart({
  searchParams,
}: {
  searchParams: SearchParams;
}) {
  const parsed = estimateQuerySchema.safeParse(searchParamsToObject(await searchParams));
  if (!parsed.success) notFound();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('charts.embed');
  const chart = localizeEstimateChart(await loadEstimateChart(parsed.data), locale);
  return (
    <>
      <h1 className="sr-only">{chart.title}</h1>
      <EstimateChartPanel chart={chart} embedded />
      <p className="embed-credit">
        <a href={localePath(chart.path, locale)} target="_top">
          {t('open')}
        </a>
      </p>
    </>
  );
}
