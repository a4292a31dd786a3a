import type { Metadata } from 'next';
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
export const metadata: Metadata = { title: 'Event activity' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ActivityChartPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const parsed = activityQuerySchema.safeParse(searchParamsToObject(raw));
  const query = parsed.success ? parsed.data : activityQuerySchema.parse({});
  const result = parsed.success ? await loadActivityChart(parsed.data) : null;
  const errors = parsed.success ? null : fieldErrorsOf(parsed.error);
  return (
    <>
      <h1>Event activity</h1>
      <p className="lede">
        How many published events involve each actor, or carry each tag, per year or month.
      </p>
      <ActivityControls key={JSON.stringify(query)} query={query} />
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
        </div>
      ) : (
        <>
          {result!.unknown.length > 0 && (
            <p className="empty">Not found, left out: {result!.unknown.join(', ')}.</p>
          )}
          <DataVersionNote
            path="/charts/activity"
            params={raw}
            version={chartDataVersion(result!.chart)}
          />
          <ActivityChartPanel chart={result!.chart} origin={siteUrl()} />
        </>
      )}
    </>
  );
}
