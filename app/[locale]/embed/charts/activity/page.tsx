import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { siteUrl } from '@/lib/env.ts';
import { ActivityChartPanel } from '@/components/charts/activity-chart-panel.tsx';
import { localizeActivityChart, localePath } from '@/lib/charts/chart-texts.ts';
import { loadActivityChart } from '@/lib/charts/load-activity.ts';
import type { Locale } from '@/lib/i18n/localized.ts';
import { activityQuerySchema } from '@/lib/schemas/activity.ts';
import { searchParamsToObject } from '@/lib/schemas/trade.ts';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('charts.embed');
  return { title: t('activity'), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The activity chart alone, for an iframe; the same query as /charts/activity. */
export default async function EmbeddedActivityChart({
  searchParams,
}: {
  searchParams: SearchParams;
}) {
  const parsed = activityQuerySchema.safeParse(searchParamsToObject(await searchParams));
  if (!parsed.success) notFound();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('charts.embed');
  const chart = localizeActivityChart((await loadActivityChart(parsed.data)).chart, locale);
  return (
    <>
      <h1 className="sr-only">{chart.title}</h1>
      <ActivityChartPanel chart={chart} origin={siteUrl()} />
      <p className="embed-credit">
        <a href={localePath(chart.path, locale)} target="_top">
          {t('open')}
        </a>
      </p>
    </>
  );
}
