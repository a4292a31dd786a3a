import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { term } from '@/components/ui/terms.ts';
import { Link } from '@/i18n/navigation.ts';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ActorCompare } from '@/components/alliances/actor-compare.tsx';
import { RelationLanes } from '@/components/alliances/relation-lanes.tsx';
import { CoActorTable } from '@/components/timeline/co-actor-table.tsx';
import { EventRows } from '@/components/timeline/event-row.tsx';
import { compareActorActivity } from '@/lib/db/actors/compare.ts';
import { getActor, listActors, listCoActorsByYear, listTags } from '@/lib/db/actors/directory.ts';
import { listRelations } from '@/lib/db/relations/reads.ts';
import { actorCompareSchema } from '@/lib/schemas/alliance.ts';
import { eventQuerySchema } from '@/lib/schemas/event-query.ts';
import { listEvents } from '@/lib/db/events/list.ts';
import { coActorTable } from '@/lib/timeline/co-actors.ts';
import { shortActorName } from '@/lib/actors/short-name.ts';
import { LocalizedText } from '@/components/ui/localized-text.tsx';
import { localActorName } from '@/lib/actors/local-name.ts';
import { localized, type Locale } from '@/lib/i18n/localized.ts';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadActor = cache((code: string) => getActor(code));
const shortName = shortActorName;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const t = await getTranslations({ locale, namespace: 'actors' });
  const actor = await loadActor(decodeURIComponent(code));
  return { title: actor ? localActorName(actor, locale as Locale).text : t('notFound') };
}

export default async function ActorPage({ params, searchParams }: Props) {
  const locale = (await params).locale;
  setRequestLocale(locale);
  const t = await getTranslations('actors');
  const common = await getTranslations('common');
  const terms = await getTranslations('terms');
  const code = decodeURIComponent((await params).code);
  const actor = await loadActor(code);
  if (!actor) notFound();
  const compare = actorCompareSchema.safeParse(await searchParams);
  const codes = [code, ...(compare.success ? compare.data.compare.filter((c) => c !== code) : [])];
  const [events, coActors, relations, activity, actors, tags] = await Promise.all([
    listEvents(eventQuerySchema.parse({ actor: code, limit: 100 })),
    listCoActorsByYear(code),
    listRelations({ actor: code }),
    compareActorActivity(codes),
    listActors(),
    listTags(),
  ]);
  const tagNames = Object.fromEntries(
    tags.map((tag) => [tag.slug, localized(tag, 'name', locale as Locale).text]),
  );
  const table = coActorTable(coActors);
  const lanes = relations.map((r) => ({
    partner: r.a === code ? r.b : r.a,
    kind: r.kind,
    title: r.title,
    start: r.start,
    end: r.end,
  }));
  const others = actors.filter((a) => a.kind !== 'person' && a.code !== code && a.eventCount > 0);
  const named = others.map((a) => ({
    code: a.code,
    label: localActorName(a, locale as Locale).text,
  }));
  return (
    <>
      <h1>
        {locale === 'en' ? (
          shortName(actor.name)
        ) : (
          <LocalizedText
            value={localActorName(actor, locale as Locale)}
            missingLabel={common('notTranslated')}
          />
        )}
      </h1>
      <p className="lede">
        {t('lede', {
          name: locale === 'en' ? actor.name : (actor.nameKo ?? actor.name),
          code: actor.code,
          kind: term(terms, 'actorKind', actor.kind),
        })}{' '}
        <Link href={`/timeline?actor=${encodeURIComponent(code)}`}>{t('onTimeline')}</Link>
      </p>
      <div className="grid">
        <section className="card" aria-labelledby="events-heading">
          <h2 id="events-heading">{t('events')}</h2>
          <EventRows
            items={events.items}
            selectHref={(slug) => `/timeline?actor=${encodeURIComponent(code)}&focus=${slug}`}
          />
          {events.nextCursor ? <p className="meta">{t('latest100')}</p> : null}
        </section>
        <section className="card" aria-labelledby="co-heading">
          <h2 id="co-heading">{t('appearsWith')}</h2>
          <CoActorTable table={table} actorName={localActorName(actor, locale as Locale).text} />
        </section>
      </div>
      <section className="card" aria-labelledby="relations-heading">
        <h2 id="relations-heading">{t('relations')}</h2>
        <RelationLanes relations={lanes} until={new Date().toISOString().slice(0, 10)} />
      </section>
      <section className="card" aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t('compare')}</h2>
        <form method="get" className="meta">
          <label htmlFor="compare-with">{t('compareWith', { code })}</label>{' '}
          <ActorSelect id="compare-with" actors={named} selected={codes[1]} />{' '}
          <label htmlFor="compare-and">{t('and')}</label>{' '}
          <ActorSelect id="compare-and" actors={named} selected={codes[2]} />{' '}
          <button type="submit">{t('compareSubmit')}</button>
        </form>
        {!compare.success ? (
          <p role="alert">{t('compareUnreadable', { problem: compare.error.issues[0].message })}</p>
        ) : null}
        <ActorCompare codes={codes} cells={activity} tagNames={tagNames} />
      </section>
    </>
  );
}

/** One choice of actor to compare with; both selects submit as `compare`. */
function ActorSelect({
  id,
  actors,
  selected,
}: {
  id: string;
  actors: { code: string; label: string }[];
  selected?: string;
}) {
  return (
    <select id={id} name="compare" defaultValue={selected ?? ''}>
      <option value="">—</option>
      {actors.map((a) => (
        <option key={a.code} value={a.code}>
          {a.label}
        </option>
      ))}
    </select>
  );
}
