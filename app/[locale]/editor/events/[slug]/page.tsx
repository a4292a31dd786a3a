import { pageTitle } from '@/lib/i18n/page-title.ts';
import { getLocale, getTranslations } from 'next-intl/server';
import { localizedPath } from '@/i18n/routing.ts';
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
import { Link } from '@/i18n/navigation.ts';

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
  const t = await getTranslations('editor.eventPage');
  const terms = await getTranslations('terms');
  const values = {
    ...eventInputToForm(eventToInput(event)),
    originalSlug: event.slug,
    version: String(event.version),
  };
  return (
    <section>
      <h1>{t('title', { title: event.title })}</h1>
      {typeof notice === 'string' ? (
        <p role="status" className={styles.notice}>
          {notice.slice(0, 300)}
        </p>
      ) : null}
      <p className="meta">
        {t('version', { version: event.version })} ·{' '}
        <Link href={`/editor/events/${slug}/history`}>{t('history')}</Link> ·{' '}
        <Link href={`/editor/events/${slug}/merge`}>{t('merge')}</Link>
        {event.publication === 'published' ? (
          <>
            {' '}
            · <Link href={`/events/${slug}`}>{t('publicPage')}</Link>
          </>
        ) : null}
      </p>
      <EventForm
        isNew={false}
        page={localizedPath(await getLocale(), `/editor/events/${encodeURIComponent(slug)}`)}
        choices={{ actors, tags }}
        initial={{ values }}
      />
      <section className="card" aria-labelledby="estimates-heading">
        <h2 id="estimates-heading">{t('estimates')}</h2>
        <p className="meta">{t('estimatesLede')}</p>
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
          <p className="empty">{t('noEstimates')}</p>
        )}
        <p>
          <Link href={`/editor/estimates/new?event=${encodeURIComponent(slug)}`}>
            {t('addEstimate')}
          </Link>
        </p>
      </section>
      <section className="card" aria-labelledby="links-heading">
        <h2 id="links-heading">{t('links')}</h2>
        <p className="meta">{t('linksLede')}</p>
        {links.length ? (
          <ul>
            {links.map((l) => (
              <li key={l.id}>
                {l.direction === 'out' ? `${terms(`eventLink.${l.kind}`)} ` : null}
                <Link href={`/editor/events/${l.other.slug}`}>{l.other.title}</Link>
                {l.direction === 'in' ? t('linkIn', { kind: l.kind }) : null} (
                <Link href={`/editor/event-links/${l.id}`}>{t('editLink', { id: l.id })}</Link>)
                <form
                  action={removeEventLinkAction.bind(null, String(l.id), slug)}
                  style={{ display: 'inline', marginLeft: '0.5em' }}
                >
                  <button type="submit" aria-label={t('removeLabel', { title: l.other.title })}>
                    {t('remove')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t('noLinks')}</p>
        )}
        <p>
          <Link href={`/editor/event-links/new?from=${encodeURIComponent(slug)}`}>
            {t('linkFrom')}
          </Link>{' '}
          ·{' '}
          <Link href={`/editor/event-links/new?to=${encodeURIComponent(slug)}`}>{t('linkTo')}</Link>
        </p>
      </section>
    </section>
  );
}
