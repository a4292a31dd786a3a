import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CoActorTable } from '@/components/timeline/co-actor-table.tsx';
import { TimelineList } from '@/components/timeline/timeline-list.tsx';
import { getActor, listCoActorsByYear } from '@/lib/db/actor-directory.ts';
import { listEvents } from '@/lib/db/event-list.ts';
import { coActorTable } from '@/lib/timeline/co-actors.ts';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }> };

const loadActor = cache((code: string) => getActor(code));
const shortName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await loadActor(decodeURIComponent((await params).code));
  return { title: actor ? shortName(actor.name) : 'Actor not found' };
}

export default async function ActorPage({ params }: Props) {
  const code = decodeURIComponent((await params).code);
  const actor = await loadActor(code);
  if (!actor) notFound();
  const [events, coActors] = await Promise.all([listEvents({ actor: [code], tag: [], status: [], limit: 100 }), listCoActorsByYear(code)]);
  const table = coActorTable(coActors);
  return (
    <>
      <h1>{shortName(actor.name)}</h1>
      <p className="lede">
        {actor.name} ({actor.code}, {actor.kind.replace('_', ' ')}). <Link href={`/timeline?actor=${encodeURIComponent(code)}`}>See its events on the timeline</Link>.
      </p>
      <div className="grid">
        <section className="card" aria-labelledby="events-heading">
          <h2 id="events-heading">Events</h2>
          <TimelineList items={events.items} selectHref={(slug) => `/timeline?actor=${encodeURIComponent(code)}&event=${slug}`} />
          {events.nextCursor ? <p className="meta">Showing the latest 100; the timeline lists them all.</p> : null}
        </section>
        <section className="card" aria-labelledby="co-heading">
          <h2 id="co-heading">Appears most with</h2>
          <CoActorTable table={table} actorName={shortName(actor.name)} />
        </section>
      </div>
    </>
  );
}
