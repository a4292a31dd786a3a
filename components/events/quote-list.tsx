import { formatPartialDate } from '@/lib/dates.ts';
import type { EventDto } from '@/lib/shapes/event.ts';

type Quote = EventDto['quotes'][number];

export function QuoteList({ quotes }: { quotes: Quote[] }) {
  if (!quotes.length) return <p className="empty">No quotes recorded for this event.</p>;
  return (
    <div>
      {quotes.map((q) => (
        <blockquote key={q.key ?? q.text} className="quote" lang={q.language}>
          <p>“{q.text}”</p>
          {q.translation ? <p lang="en">Translation: {q.translation}</p> : null}
          <footer>
            — <cite>{q.speaker}</cite>
            {q.role ? `, ${q.role}` : ''}. {formatPartialDate(q.date)}
            {q.venue ? `, ${q.venue}` : ''}
            {q.quotedVia ? ` (quoted via ${q.quotedVia})` : ''}
            {q.isFragment ? ' Partial quote.' : ''}
            {q.sources.length ? (
              <>
                {' '}
                Source:{' '}
                {q.sources.map((s, i) => (
                  <span key={s.key ?? s.title}>
                    {i > 0 ? '; ' : ''}
                    {s.url ? (
                      <a href={s.url} rel="noopener noreferrer nofollow">
                        {s.publisher}
                      </a>
                    ) : (
                      s.publisher
                    )}
                  </span>
                ))}
                .
              </>
            ) : null}
            {!q.isVerified ? ' Not checked against the original.' : ''}
          </footer>
        </blockquote>
      ))}
    </div>
  );
}
