import { formatPartialDate } from '@/lib/dates.ts';
import {
  CREDIBILITY_LABELS as CREDIBILITY,
  RELIABILITY_LABELS as RELIABILITY,
} from '@/lib/schemas/enums.ts';
import type { EventDto } from '@/lib/shapes/event.ts';

type Source = EventDto['sources'][number];

/**
 * Sources with their Admiralty grade (reliability letter, credibility digit), in words too,
 * and the newest archived copy of each URL we keep (`archived`, by URL), if any.
 */
export function SourceList({
  sources,
  archived = {},
}: {
  sources: Source[];
  archived?: Record<string, { id: number; retrievedAt: string }>;
}) {
  if (!sources.length) return <p className="empty">No sources recorded.</p>;
  return (
    <ol className="sources">
      {sources.map((s) => (
        <li key={s.key ?? s.title}>
          <span
            className="grade"
            title={`Source ${RELIABILITY[s.reliability]}; information ${CREDIBILITY[s.credibility]}`}
          >
            {s.reliability}
            {s.credibility}
          </span>{' '}
          {s.url ? (
            <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
              {s.title}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : (
            <span>{s.title}</span>
          )}
          {s.url && archived[s.url] ? (
            <>
              {' · '}
              <a href={`/archive/${archived[s.url].id}`}>
                archived copy ({archived[s.url].retrievedAt.slice(0, 10)})
              </a>
            </>
          ) : null}
          <div className="meta">
            <span>{s.publisher}</span>
            <span>{formatPartialDate(s.publishedAt)}</span>
            <span>
              Grade {s.reliability}
              {s.credibility}: source {RELIABILITY[s.reliability]}, information{' '}
              {CREDIBILITY[s.credibility]}
            </span>
            {s.titleIsDescriptive ? <span>(title describes the piece)</span> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
