import { pageTitle } from '@/lib/i18n/page-title.ts';
import { getLocale, getTranslations } from 'next-intl/server';
import { localizedPath } from '@/i18n/routing.ts';
import { EventForm } from '@/components/editor/event-form.tsx';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';
import { listActorOptions } from '@/lib/db/actors/picker.ts';
import { listTagOptions } from '@/lib/db/tags/picker.ts';

export const generateMetadata = pageTitle('editor.titles', 'newEvent');

export default async function NewEventPage() {
  await requirePageAccess('events.write', '/editor/events/new');
  const [actors, tags] = await Promise.all([listActorOptions(), listTagOptions()]);
  const t = await getTranslations('editor.newEvent');
  return (
    <section>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <EventForm
        isNew
        page={localizedPath(await getLocale(), '/editor/events/new')}
        choices={{ actors, tags }}
        initial={{ values: { publication: 'draft', status: 'reported' } }}
      />
    </section>
  );
}
