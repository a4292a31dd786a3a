import { pageTitle } from '@/lib/i18n/page-title.ts';
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
import styles from '@/components/editor/editor.module.css';
import { removeEventLinkAction } from '@/lib/actions/event-links.ts';
import { listEventLinks } from '@/lib/db/event-links/reads.ts';
import { EVENT_LINK_LABELS } from '@/lib/schemas/enums.ts';

export const generateMetadata = pageTitle('editor.titles', 'editEvent');

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditEventPage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requirePageAccess('events.write', `/editor/events/${slug}`);
  const { notice } = await searchParams;
  const [event, actors, tags, estimates, links] = await Promise.all([
    getEvent(slug, { canSeeDrafts: true }),
    listActorOptions(),
    listTagOptions(),
    listEventEstimatesForEditor(slug),
    listEventLinks(slug, { canSeeDrafts: true }),
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
      {typeof notice === 'string' ? (
        <p role="status" className={styles.notice}>
          {notice.slice(0, 300)}
        </p>
      ) : null}
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
      <section className="card" aria-labelledby="links-heading">
        <h2 id="links-heading">Linked events</h2>
        <p className="meta">
          Events this one responds to or follows from, and those that respond to it. Readers see a
          link once both events are published.
        </p>
        {links.length ? (
          <ul>
            {links.map((l) => (
              <li key={l.id}>
                {l.direction === 'out' ? `${EVENT_LINK_LABELS[l.kind]} ` : null}
                <Link href={`/editor/events/${l.other.slug}`}>{l.other.title}</Link>
                {l.direction === 'in'
                  ? ` ${EVENT_LINK_LABELS[l.kind].toLowerCase()} this event`
                  : null}{' '}
                (<Link href={`/editor/event-links/${l.id}`}>edit link {l.id}</Link>)
                <form
                  action={removeEventLinkAction.bind(null, String(l.id), slug)}
                  style={{ display: 'inline', marginLeft: '0.5em' }}
                >
                  <button type="submit" aria-label={`Remove the link to ${l.other.title}`}>
                    Remove
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">No linked events yet.</p>
        )}
        <p>
          <Link href={`/editor/event-links/new?from=${encodeURIComponent(slug)}`}>
            Link to an event this one responds to
          </Link>{' '}
          ·{' '}
          <Link href={`/editor/event-links/new?to=${encodeURIComponent(slug)}`}>
            Add a response to this event
          </Link>
        </p>
      </section>
    </section>
  );
}
