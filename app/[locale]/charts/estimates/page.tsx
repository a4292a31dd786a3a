import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChartErrors } from '@/components/charts/chart-errors.tsx';
import { translateFields } from '@/lib/i18n/api-locale.ts';
import { localized, type Locale } from '@/lib/i18n/localized.ts';
import { localizeEstimateChart } from '@/lib/charts/chart-texts.ts';
import { EstimateChartPanel } from '@/components/charts/estimate-chart-panel.tsx';
import { loadEstimateChart } from '@/lib/charts/load-estimates.ts';
import { formatDate, parsePartialDate } from '@/lib/dates.ts';
import { estimateQuerySchema } from '@/lib/schemas/estimate-query.ts';
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
  return { title: (await getTranslations({ locale, namespace: 'charts.estimates' }))('heading') };
}

export default async function EstimatesChartPage({ searchParams }: { searchParams: SearchParams }) {
  const [t, locale] = await Promise.all([getTranslations('charts.estimates'), getLocale()]);
  const parsed = estimateQuerySchema.safeParse(searchParamsToObject(await searchParams));
  const query = parsed.success ? parsed.data : {};
  const chart = parsed.success ? await loadEstimateChart(parsed.data) : null;
  const errors = parsed.success
    ? null
    : translateFields(fieldErrorsOf(parsed.error), locale as Locale);
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lede">{t('lede')}</p>
      <form method="get" className="card" aria-label={t('form')}>
        <label>
          {t('quantity')}{' '}
          <select name="quantity" defaultValue={query.quantity ?? ''}>
            <option value="">{t('every')}</option>
            {(chart?.quantities ?? []).map((q) => (
              <option key={q.quantity} value={q.quantity}>
                {localized(q, 'quantity', locale as Locale).text} ({q.count})
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('asOf')} <input type="date" name="asOf" defaultValue={query.asOf ?? ''} />
        </label>{' '}
        <button type="submit">{t('show')}</button>
      </form>
      {query.asOf ? (
        <p role="status" className="card">
          {t.rich('pastState', {
            strong: (c) => <strong>{c}</strong>,
            date: formatDate(parsePartialDate(query.asOf)!.date, 'day', locale),
          })}
        </p>
      ) : null}
      {errors ? (
        <ChartErrors errors={errors} />
      ) : (
        <EstimateChartPanel chart={localizeEstimateChart(chart!, locale as Locale)} />
      )}
    </>
  );
}
