import type { Metadata } from 'next';
import { EventForm } from '@/components/editor/event-form.tsx';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listActorOptions } from '@/lib/db/actors/picker.ts';
import { listTagOptions } from '@/lib/db/tags/picker.ts';

export const metadata: Metadata = { title: 'New event' };

export default async function NewEventPage() {
  await requirePageAccess('events.write', '/editor/events/new');
  const [actors, tags] = await Promise.all([listActorOptions(), listTagOptions()]);
  return (
    <section>
      <h1>New event</h1>
      <p className="lede">
        A new event starts as a draft, seen by editors only, until it is published.
      </p>
      <EventForm
        isNew
        page="/editor/events/new"
        choices={{ actors, tags }}
        initial={{ values: { publication: 'draft', status: 'reported' } }}
      />
    </section>
  );
}
