import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EventForm } from '@/components/editor/event-form.tsx';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listActorOptions } from '@/lib/db/actors/picker.ts';
import { listTagOptions } from '@/lib/db/tags/picker.ts';
import { getEvent } from '@/lib/db/events/reads.ts';
import { listEventEstimatesForEditor } from '@/lib/db/estimates/reads.ts';
import { describeClaim } from '@/lib/charts/estimates.ts';
import { eventInputToForm } from '@/lib/events/event-form.ts';
import { eventToInput } from '@/lib/events/event-input.ts';

export const metadata: Metadata = { title: 'Edit event' };

type Props = { params: Promise<{ slug: string }> };

export default async function EditEventPage({ params }: Props) {
  const { slug } = await params;
  await requirePageAccess('events.write', `/editor/events/${slug}`);
  const [event, actors, tags, estimates] = await Promise.all([
    getEvent(slug, { canSeeDrafts: true }),
    listActorOptions(),
    listTagOptions(),
    listEventEstimatesForEditor(slug),
  ]);
  if (!event) notFound();
  const values = {
    ...eventInputToForm(eventToInput(event)),
    originalSlug: event.slug,
    version: String(event.version),
  };
  return (
    <section>
      <h1>Edit: {event.title}</h1>
      <p className="meta">
        Version {event.version} · <Link href={`/editor/events/${slug}/history`}>History</Link> ·{' '}
        <Link href={`/editor/events/${slug}/merge`}>Merge into another event…</Link>
        {event.publication === 'published' ? (
          <>
            {' '}
            · <Link href={`/events/${slug}`}>Public page</Link>
          </>
        ) : null}
      </p>
      <EventForm
        isNew={false}
        page={`/editor/events/${encodeURIComponent(slug)}`}
        choices={{ actors, tags }}
        initial={{ values }}
      />
      <section className="card" aria-labelledby="estimates-heading">
        <h2 id="estimates-heading">Estimates</h2>
        <p className="meta">
          Numeric claims made at this event: who claimed how many of what, from which source.
        </p>
        {estimates.length ? (
          <ul>
            {estimates.map((e) => (
              <li key={e.id}>
                <Link href={`/editor/estimates/${e.id}`}>
                  {e.claimant}: {e.quantity}, {describeClaim(e, e.unit)} ({e.refersTo})
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">No estimates yet.</p>
        )}
        <p>
          <Link href={`/editor/estimates/new?event=${encodeURIComponent(slug)}`}>
            Add an estimate to this event
          </Link>
        </p>
      </section>
    </section>
  );
}
