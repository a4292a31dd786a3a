import { formatPartialDate } from '@/lib/dates.ts';
import { gradeCode, gradeWords } from '@/lib/events/grade.ts';
import type { EventDto } from '@/lib/shapes/event.ts';

type Source = EventDto['sources'][number];

/**
 * Sources with their Admiralty grade (reliability letter, credibility digit), in words too
 * (a source nobody has graded yet says so), and the newest archived copy of each URL we
 * keep (`archived`, by URL), if any.
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
      {sources.map((s) => {
        const code = gradeCode(s.reliability, s.credibility);
        const words = gradeWords(s.reliability, s.credibility);
        return (
          <li key={s.key ?? s.title}>
            <span className="grade" title={words}>
              {code}
            </span>{' '}
            {s.primary ? <strong className="primary-source">Primary source: </strong> : null}
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
                {s.title}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              <span>{s.title}</span>
            )}
            {s.archiveUrl ? (
              <>
                {' · '}
                <a href={s.archiveUrl} rel="noopener noreferrer nofollow">
                  web archive copy
                </a>
              </>
            ) : null}
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
                {code === 'Not graded' ? code : `Grade ${code}`}: {words}
              </span>
              {s.titleIsDescriptive ? <span>(title describes the piece)</span> : null}
              {s.gradeReason && s.reliability ? (
                <span>
                  Graded {s.reliability}: {s.gradeReason}
                </span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
