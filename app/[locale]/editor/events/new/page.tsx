import { pageTitle } from '@/lib/i18n/page-title.ts';
import { EventForm } from '@/components/editor/event-form.tsx';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listActorOptions } from '@/lib/db/actors/picker.ts';
import { listTagOptions } from '@/lib/db/tags/picker.ts';

export const generateMetadata = pageTitle('editor.titles', 'newEvent');

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
