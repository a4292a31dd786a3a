import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteUrl } from '@/lib/env.ts';
import { ActivityChartPanel } from '@/components/charts/activity-chart-panel.tsx';
import { loadActivityChart } from '@/lib/charts/load-activity.ts';
import { activityQuerySchema } from '@/lib/schemas/activity.ts';
import { searchParamsToObject } from '@/lib/schemas/trade.ts';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Event activity (embedded)', robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The activity chart alone, for an iframe; the same query as /charts/activity. */
export default async function EmbeddedActivityChart({
  searchParams,
}: {
  searchParams: SearchParams;
}) {
  const parsed = activityQuerySchema.safeParse(searchParamsToObject(await searchParams));
  if (!parsed.success) notFound();
  const { chart } = await loadActivityChart(parsed.data);
  return (
    <>
      <h1 className="sr-only">{chart.title}</h1>
      <ActivityChartPanel chart={chart} origin={siteUrl()} />
      <p className="embed-credit">
        <a href={chart.path} target="_top">
          Open in Alliance Tracker
        </a>
      </p>
    </>
  );
}
