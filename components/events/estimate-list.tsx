import { Link } from '@/i18n/navigation.ts';
import { describeClaim } from '@/lib/charts/estimates.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import type { EstimatePoint } from '@/lib/shapes/estimate.ts';

/** An event's numeric claims: who claimed how many of what, from which source. */
export function EstimateList({ estimates }: { estimates: EstimatePoint[] }) {
  if (!estimates.length) return <p className="empty">No estimates recorded for this event.</p>;
  return (
    <ul className="sources">
      {estimates.map((e) => (
        <li key={e.id}>
          <strong>{describeClaim(e, e.unit)}</strong>: {e.quantity}, claimed by {e.claimant.name},
          as of {formatPartialDate(e.refersTo)}.{' '}
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
