import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { ActorChips } from '@/components/events/actor-chips.tsx';
import { Markdown } from '@/components/events/markdown.tsx';
import { QuoteList } from '@/components/events/quote-list.tsx';
import { SourceList } from '@/components/events/source-list.tsx';
import { StatusBadge } from '@/components/ui/status-badge.tsx';
import { listCorrections } from '@/lib/db/events/history.ts';
import { getEvent } from '@/lib/db/events/reads.ts';
import { EventDate } from '@/components/events/event-date.tsx';
import { EventEditorLinks } from '@/components/editor/event-editor-links.tsx';
import { mergedTarget } from '@/lib/db/events/merge.ts';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

const loadEvent = cache((slug: string) => getEvent(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).slug);
  return { title: event?.title ?? 'Event not found' };
}

const PRECISION: Record<string, string> = {
  day: 'exact dates',
  month: 'known to the month',
  year: 'known to the year',
};

export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const event = await loadEvent(slug);
  if (!event) {
    // A merged event's address lives on at the event it was merged into.
    const target = await mergedTarget(slug);
    if (target) permanentRedirect(`/events/${target}`);
    notFound();
  }
  const corrections = await listCorrections(event.slug);
  const people = event.actors.filter((a) => a.kind === 'person');
  const parties = event.actors.filter((a) => a.kind !== 'person');
  return (
    <article>
      <div className="meta">
        <EventDate event={event} />
        <span>({PRECISION[event.datePrecision]})</span>
        <StatusBadge status={event.status} />
      </div>
      <h1>{event.title}</h1>
      <EventEditorLinks slug={event.slug} />
      <div className="grid">
        <div>
          <section className="card" aria-label="Summary">
            <Markdown>{event.summary}</Markdown>
            {event.notes ? (
              <>
                <h2>How the sources were reconciled</h2>
                <p className="prose">{event.notes}</p>
              </>
            ) : null}
          </section>
          <section className="card" aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">Quotes</h2>
            <QuoteList quotes={event.quotes} />
          </section>
          <section className="card" aria-labelledby="sources-heading">
            <h2 id="sources-heading">Sources</h2>
            <SourceList sources={event.sources} />
          </section>
        </div>
        <aside className="card" aria-label="Facts">
          <dl className="facts">
            <dt>Status</dt>
            <dd>
              <StatusBadge status={event.status} />
            </dd>
            <dt>Confidence</dt>
            <dd>{event.confidence}</dd>
            {event.location ? (
              <>
                <dt>Location</dt>
                <dd>{event.location.name}</dd>
              </>
            ) : null}
            <dt>Tags</dt>
            <dd>{event.tags.join(', ') || '—'}</dd>
          </dl>
          <h2>Actors</h2>
          <ActorChips actors={parties} label="States and organisations" />
          {people.length ? (
            <>
              <h3>People</h3>
              <ActorChips actors={people} label="People" />
            </>
          ) : null}
          <h2>Status history</h2>
          <ol className="sources">
            {event.statusHistory.map((c) => (
              <li key={c.at + c.to}>
                <StatusBadge status={c.to} /> <time dateTime={c.at}>{c.at.slice(0, 10)}</time>
                <div className="meta">{c.reason}</div>
              </li>
            ))}
          </ol>
          <h2>Corrections</h2>
          {corrections.length ? (
            <ol className="sources" aria-label="Corrections log">
              {corrections.map((c) => (
                <li key={c.at}>
                  <time dateTime={c.at}>{c.at.slice(0, 10)}</time>: changed {c.fields.join(', ')}
                </li>
              ))}
            </ol>
          ) : (
            <p className="meta">No corrections since publication.</p>
          )}
        </aside>
      </div>
    </article>
  );
}
