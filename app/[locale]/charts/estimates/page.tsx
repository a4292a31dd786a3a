import type { Metadata } from 'next';
import { EstimateChartPanel } from '@/components/charts/estimate-chart-panel.tsx';
import { loadEstimateChart } from '@/lib/charts/load-estimates.ts';
import { formatDate, parsePartialDate } from '@/lib/dates.ts';
import { estimateQuerySchema } from '@/lib/schemas/estimate-query.ts';
import { fieldErrorsOf } from '@/lib/schemas/errors.ts';
import { searchParamsToObject } from '@/lib/schemas/trade.ts';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Estimate tracker' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function EstimatesChartPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = estimateQuerySchema.safeParse(searchParamsToObject(await searchParams));
  const query = parsed.success ? parsed.data : {};
  const chart = parsed.success ? await loadEstimateChart(parsed.data) : null;
  const errors = parsed.success ? null : fieldErrorsOf(parsed.error);
  return (
    <>
      <h1>Estimate tracker</h1>
      <p className="lede">
        Who claimed how many, and when: each claimant&apos;s figures over time, with the ranges they
        gave. Every point links to the event where the claim was made.
      </p>
      <form method="get" className="card" aria-label="Choose the estimates">
        <label>
          Quantity{' '}
          <select name="quantity" defaultValue={query.quantity ?? ''}>
            <option value="">Every quantity</option>
            {(chart?.quantities ?? []).map((q) => (
              <option key={q.quantity} value={q.quantity}>
                {q.quantity} ({q.count})
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          As known on <input type="date" name="asOf" defaultValue={query.asOf ?? ''} />
        </label>{' '}
        <button type="submit">Show</button>
      </form>
      {query.asOf ? (
        <p role="status" className="card">
          <strong>A past state:</strong> only the claims made public by{' '}
          {formatDate(parsePartialDate(query.asOf)!.date, 'day')}.
        </p>
      ) : null}
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
        <EstimateChartPanel chart={chart!} />
      )}
    </>
  );
}
