import type { Metadata } from 'next';
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server';
import { localizedPath } from '@/i18n/routing.ts';
import { Link } from '@/i18n/navigation.ts';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { ActorChips } from '@/components/events/actor-chips.tsx';
import { QuoteList } from '@/components/events/quote-list.tsx';
import { SourceList } from '@/components/events/source-list.tsx';
import { StatusBadge } from '@/components/ui/status-badge.tsx';
import { listCorrections } from '@/lib/db/events/history.ts';
import { getEvent } from '@/lib/db/events/reads.ts';
import { EventDate } from '@/components/events/event-date.tsx';
import { CiteThis } from '@/components/events/cite-this.tsx';
import { PastVersionBanner } from '@/components/events/past-version-banner.tsx';
import { siteOrigin } from '@/lib/auth/redirect-target.ts';
import { getEventAtRevision } from '@/lib/db/events/revision.ts';
import { latestSnapshotsByUrl } from '@/lib/db/sources/snapshots.ts';
import { revisionQuerySchema } from '@/lib/schemas/citation.ts';
import { EstimateList } from '@/components/events/estimate-list.tsx';
import { listEstimates } from '@/lib/db/estimates/reads.ts';
import { eventAsOf } from '@/lib/events/as-of.ts';
import { formatDate, parsePartialDate } from '@/lib/dates.ts';
import { InvalidInput } from '@/lib/errors.ts';
import { parseQuery } from '@/lib/http/handler.ts';
import { asOfQuerySchema } from '@/lib/schemas/event-query.ts';
import { EventEditorLinks } from '@/components/editor/event-editor-links.tsx';
import { mergedTarget } from '@/lib/db/events/merge.ts';
import { EventLinks } from '@/components/events/event-links.tsx';
import { listEventLinks } from '@/lib/db/event-links/reads.ts';
import { listTags } from '@/lib/db/actors/directory.ts';
import { Translated } from '@/components/i18n/translated.tsx';
import { localized, type Locale } from '@/lib/i18n/localized.ts';
import { TranslatedSummary } from '@/components/events/translated-summary.tsx';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** `?asOf=YYYY-MM-DD`, or the field's complaint about it. */
function readAsOf(raw: Record<string, string | string[] | undefined>) {
  const value = raw.asOf;
  try {
    const params = new URLSearchParams(typeof value === 'string' ? { asOf: value } : {});
    return { asOf: parseQuery(asOfQuerySchema, params).asOf, error: null };
  } catch (err) {
    if (!(err instanceof InvalidInput)) throw err;
    return { asOf: undefined, error: err.fields.asOf ?? 'Not a date' };
  }
}

/**
 * The event now, or at `?rev=N` (read-only, marked as past when older than the current
 * version). A rev that is not a revision number, a draft state or none such is a 404.
 */
const loadEvent = cache(async (slug: string, rev: string | string[] | undefined) => {
  if (rev === undefined) {
    const event = await getEvent(slug);
    return event
      ? { event, revision: event.version, revisedAt: event.updatedAt, past: false, current: 0 }
      : null;
  }
  const parsed = revisionQuerySchema.safeParse({ rev });
  const at =
    parsed.success && parsed.data.rev ? await getEventAtRevision(slug, parsed.data.rev) : null;
  if (!at) return null;
  return {
    event: at.event,
    revision: at.revision,
    revisedAt: at.revisedAt,
    past: at.revision < at.currentVersion,
    current: at.currentVersion,
  };
});

async function load({ params, searchParams }: Props) {
  return loadEvent((await params).slug, (await searchParams).rev);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = (await props.params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'events' });
  const found = await load(props);
  if (!found) return { title: t('notFoundTitle') };
  const title = localized(found.event, 'title', locale).text;
  return {
    title: found.past ? t('revisionTitle', { title, revision: found.revision }) : title,
    // A past version is a citable copy, not the page to index.
    ...(found.past && { robots: { index: false } }),
  };
}

export default async function EventPage(props: Props) {
  setRequestLocale((await props.params).locale);
  const t = await getTranslations('events');
  const locale = await getLocale();
  const found = await load(props);
  if (!found) {
    // A merged event's address lives on at the event it was merged into.
    const target = await mergedTarget((await props.params).slug, { canSeeDrafts: false });
    if (target) permanentRedirect(localizedPath(locale, `/events/${target}`));
    notFound();
  }
  // As of a date (not with a past revision): the event as publicly known then, or not found.
  const { asOf, error } = found.past
    ? { asOf: undefined, error: null }
    : readAsOf(await props.searchParams);
  const event = asOf ? eventAsOf(found.event, asOf) : found.event;
  if (!event) notFound();
  const [allCorrections, estimates, links, tags] = await Promise.all([
    listCorrections(event.slug),
    listEstimates({ event: event.slug, asOf }),
    listEventLinks(event.slug),
    listTags(),
  ]);
  // The event carries its tags' slugs; readers see their names, in Korean where there is one.
  const tagName = (slug: string) => {
    const tag = tags.find((t) => t.slug === slug);
    return tag ? localized(tag, 'name', locale as Locale).text : slug;
  };
  // A past version lists only the corrections made up to it.
  const corrections = allCorrections.filter((c) => !found.past || c.at <= found.revisedAt);
  const archived = Object.fromEntries(
    await latestSnapshotsByUrl(event.sources.flatMap((s) => (s.url ? [s.url] : []))),
  );
  const people = event.actors.filter((a) => a.kind === 'person');
  const parties = event.actors.filter((a) => a.kind !== 'person');
  return (
    <article>
      {found.past ? (
        <PastVersionBanner
          slug={event.slug}
          revision={found.revision}
          revisedAt={found.revisedAt}
          currentVersion={found.current}
        />
      ) : null}
      {error ? <p role="alert">{t('asOfError', { error })}</p> : null}
      {asOf ? (
        <p role="status" className="card">
          <strong>{t('pastState')}</strong>{' '}
          {t('pastStateText', { date: formatDate(parsePartialDate(asOf)!.date, 'day', locale) })}{' '}
          <Link href={`/events/${event.slug}`}>{t('knownNow')}</Link>
        </p>
      ) : null}
      <div className="meta">
        <EventDate event={event} />
        <span>({t(`precision.${event.datePrecision}`)})</span>
        <StatusBadge status={event.status} />
        <Link href={`/timeline?focus=${encodeURIComponent(event.slug)}`} prefetch={false}>
          {t('showOnTimeline')}
        </Link>
      </div>
      <h1>
        <Translated record={event} field="title" />
      </h1>
      <EventEditorLinks slug={event.slug} />
      <div className="grid">
        <div>
          <section className="card" aria-label={t('summary')}>
            <TranslatedSummary event={event} />
            {event.notes ? (
              <>
                <h2>{t('reconciled')}</h2>
                <p className="prose">{event.notes}</p>
              </>
            ) : null}
          </section>
          <EventLinks links={links} />
          <section className="card" aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">{t('quotes')}</h2>
            <QuoteList quotes={event.quotes} />
          </section>
          <section className="card" aria-labelledby="estimates-heading">
            <h2 id="estimates-heading">{t('estimates')}</h2>
            <EstimateList estimates={estimates.items} />
          </section>
          <section className="card" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t('sources')}</h2>
            <SourceList sources={event.sources} archived={archived} />
          </section>
          <CiteThis
            citable={{ event, revision: found.revision, revisedAt: found.revisedAt }}
            origin={siteOrigin()}
            accessed={new Date().toISOString().slice(0, 10)}
          />
        </div>
        <aside className="card" aria-label={t('facts')}>
          <dl className="facts">
            <dt>{t('status')}</dt>
            <dd>
              <StatusBadge status={event.status} />
            </dd>
            <dt>{t('confidence')}</dt>
            <dd>
              {t.has(`confidenceLevel.${event.confidence}`)
                ? t(`confidenceLevel.${event.confidence}`)
                : event.confidence}
            </dd>
            {event.location ? (
              <>
                <dt>{t('location')}</dt>
                <dd>{event.location.name}</dd>
              </>
            ) : null}
            <dt>{t('tags')}</dt>
            <dd>{event.tags.map(tagName).join(', ') || '—'}</dd>
          </dl>
          <h2>{t('actors')}</h2>
          <ActorChips actors={parties} label={t('parties')} />
          {people.length ? (
            <>
              <h3>{t('people')}</h3>
              <ActorChips actors={people} label={t('people')} />
            </>
          ) : null}
          <h2>{t('statusHistory')}</h2>
          <ol className="sources">
            {event.statusHistory.map((c) => (
              <li key={c.at + c.to}>
                <StatusBadge status={c.to} />{' '}
                <time dateTime={c.effectiveDate ?? c.at}>
                  {(c.effectiveDate ?? c.at).slice(0, 10)}
                </time>
                <div className="meta">
                  {c.reason}
                  {c.source ? t('historySource', { publisher: c.source.publisher }) : ''}
                  {c.effectiveDate && c.effectiveDate !== c.at.slice(0, 10)
                    ? t('historyRecorded', { date: c.at.slice(0, 10) })
                    : ''}
                </div>
              </li>
            ))}
          </ol>
          <h2>{t('corrections')}</h2>
          {corrections.length ? (
            <ol className="sources" aria-label={t('correctionsLog')}>
              {corrections.map((c) => (
                <li key={c.at}>
                  <time dateTime={c.at}>{c.at.slice(0, 10)}</time>:{' '}
                  {t('changed', { fields: c.fields.join(', ') })}
                </li>
              ))}
            </ol>
          ) : (
            <p className="meta">{t('noCorrections')}</p>
          )}
        </aside>
      </div>
    </article>
  );
}
