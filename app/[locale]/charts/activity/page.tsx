import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChartErrors } from '@/components/charts/chart-errors.tsx';
import { translateFields } from '@/lib/i18n/api-locale.ts';
import type { Locale } from '@/lib/i18n/localized.ts';
import { localizeActivityChart } from '@/lib/charts/chart-texts.ts';
import { ActivityChartPanel } from '@/components/charts/activity-chart-panel.tsx';
import { ActivityControls } from '@/components/charts/activity-controls.tsx';
import { DataVersionNote } from '@/components/charts/data-version-note.tsx';
import { chartDataVersion } from '@/lib/charts/data-version.ts';
import { loadActivityChart } from '@/lib/charts/load-activity.ts';
import { activityQuerySchema } from '@/lib/schemas/activity.ts';
import { siteUrl } from '@/lib/env.ts';
import { fieldErrorsOf } from '@/lib/schemas/errors.ts';
import { searchParamsToObject } from '@/lib/schemas/trade.ts';

export const dynamic = 'force-dynamic';
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'charts.activity' }))('heading') };
}

export default async function ActivityChartPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const [t, locale] = await Promise.all([getTranslations('charts.activity'), getLocale()]);
  const parsed = activityQuerySchema.safeParse(searchParamsToObject(raw));
  const query = parsed.success ? parsed.data : activityQuerySchema.parse({});
  const result = parsed.success ? await loadActivityChart(parsed.data) : null;
  const errors = parsed.success
    ? null
    : translateFields(fieldErrorsOf(parsed.error), locale as Locale);
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lede">{t('lede')}</p>
      <ActivityControls key={JSON.stringify(query)} query={query} />
      {errors ? (
        <ChartErrors errors={errors} />
      ) : (
        <>
          {result!.unknown.length > 0 && (
            <p className="empty">{t('notFound', { list: result!.unknown.join(', ') })}</p>
          )}
          <DataVersionNote
            path="/charts/activity"
            params={raw}
            version={chartDataVersion(result!.chart)}
          />
          <ActivityChartPanel
            chart={localizeActivityChart(result!.chart, locale as Locale)}
            origin={siteUrl()}
          />
        </>
      )}
    </>
  );
}
