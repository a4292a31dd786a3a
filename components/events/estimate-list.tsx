import Link from 'next/link';
import { formatPartialDate } from '@/lib/dates.ts';
import type { EstimatePoint } from '@/lib/shapes/estimate.ts';

const n = (v: number) => v.toLocaleString('en-US');

/** "about 10,000", "at least 3,000", "3,000–5,000 (best 4,000)": the claim as a reader says it. */
export function describeFigure(e: Pick<EstimatePoint, 'low' | 'best' | 'high' | 'unit'>): string {
  const range =
    e.low !== null && e.high !== null
      ? `${n(e.low)}–${n(e.high)}`
      : e.low !== null
        ? `at least ${n(e.low)}`
        : e.high !== null
          ? `at most ${n(e.high)}`
          : null;
  if (e.best !== null) return `${n(e.best)} ${e.unit}${range ? ` (${range})` : ''}`;
  return `${range} ${e.unit}`;
}

/** An event's numeric claims: who claimed how many of what, from which source. */
export function EstimateList({ estimates }: { estimates: EstimatePoint[] }) {
  if (!estimates.length) return <p className="empty">No estimates recorded for this event.</p>;
  return (
    <ul className="sources">
      {estimates.map((e) => (
        <li key={e.id}>
          <strong>{describeFigure(e)}</strong>: {e.quantity}, claimed by {e.claimant.name}, as of{' '}
          {formatPartialDate(e.refersTo)}.{' '}
          <Link href={`/charts/estimates?quantity=${encodeURIComponent(e.quantity)}`}>
            All claims on this quantity
          </Link>
          <div className="meta">
            <span>
              Source:{' '}
              {e.source.url ? (
                <a href={e.source.url} rel="noopener noreferrer nofollow">
                  {e.source.publisher}
                </a>
              ) : (
                e.source.publisher
              )}
              , {formatPartialDate(e.source.publishedAt)}
            </span>
            {e.notes ? <span>{e.notes}</span> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
