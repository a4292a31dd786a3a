import 'server-only';
import { windowBounds, type EventFilter } from '../../schemas/event-query.ts';
import { getDb } from '../core/client.ts';
import { Prisma } from '../generated/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { liveSql, publishedLiveSql } from '../core/visibility.ts';
import { knownOnSql, statusAtSql } from './as-of.ts';

// SQL conditions for the reader filters, shared by the list, the timeline, exports and the
// feed so all of them agree on what "matching" means. Always applied to `event e`.

/** The last day an event covers: its end date, else the whole month/year its precision implies (a generated column). */
export const EFFECTIVE_END = Prisma.sql`e.effective_end`;

/** The longest span of any event, in days: a window need not look further back than that. */
export const longestSpanDays = cachedPerDataVersion('longestSpanDays', async () => {
  const [row] = await getDb().$queryRaw<
    { days: number | null }[]
  >`SELECT max(effective_end - start_date) AS days FROM event`;
  return row.days ?? 0;
});

export function tsQuery(q: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('english', ${q})`;
}

/**
 * A search in Korean: the English text-search configuration cannot split Hangul into words,
 * so a query with any Hangul matches the Korean title and summary as text instead, each word
 * (at most six) found in either, case-insensitively (ILIKE, from the trigram indexes of the
 * korean_content migration). English searches are untouched.
 */
export const isKoreanSearch = (q: string) => /\p{Script=Hangul}/u.test(q);

const likeWords = (q: string) =>
  q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)
    .map((w) => `%${w.replace(/[\\%_]/g, '\\$&')}%`);

/** Every word of a Korean `q` in the Korean title (or, with `summary`, title or summary) of `alias`. */
export function koreanMatchSql(q: string, alias = 'e', summary = true): Prisma.Sql {
  const title = Prisma.raw(`${alias}.title_ko`);
  const text = Prisma.raw(`${alias}.summary_ko`);
  return Prisma.join(
    likeWords(q).map((w) =>
      summary
        ? Prisma.sql`(${title} ILIKE ${w} OR ${text} ILIKE ${w})`
        : Prisma.sql`${title} ILIKE ${w}`,
    ),
    ' AND ',
  );
}

/** The events whose title matches `q`: the first tier of a relevance order. */
export function titleMatchSql(q: string): Prisma.Sql {
  // coalesce: an untranslated title (NULL) is "no match", so NOT() of it is true.
  return isKoreanSearch(q)
    ? Prisma.sql`coalesce(${koreanMatchSql(q, 'e', false)}, false)`
    : Prisma.sql`e.title_vector @@ ${tsQuery(q)}`;
}

/** Ids of the quotes' and sources' matches: few next to the events', each from its own GIN index. */
function relatedMatchIds(query: Prisma.Sql): Prisma.Sql[] {
  return [
    Prisma.sql`SELECT qt.event_id FROM quote qt
      WHERE qt.search_vector @@ ${query} AND ${liveSql('qt')} AND qt.event_id IS NOT NULL`,
    Prisma.sql`SELECT es.event_id FROM event_source es JOIN source s ON s.id = es.source_id
      WHERE s.title_vector @@ ${query} AND ${liveSql('s')}`,
  ];
}

/**
 * Events whose own text, one of their quotes (text, translation, speaker) or the title of
 * one of their sources match `q`. Two forms of the same set, for two plans: `rare` names
 * the matching ids as one set gathered from the three GIN indexes (a few matches, then
 * sorted); `common` tests each event's own vector as a date-ordered scan walks by, the
 * quotes' and sources' ids held as small hashed sets, so a page of a common word stops early.
 */
export function searchMatchSql(q: string, plan: 'rare' | 'common' = 'rare'): Prisma.Sql {
  if (isKoreanSearch(q))
    return plan === 'common'
      ? koreanMatchSql(q)
      : Prisma.sql`e.id IN (SELECT ev.id FROM event ev WHERE ${koreanMatchSql(q, 'ev')} AND ${liveSql('ev')})`;
  const query = tsQuery(q);
  const [quotes, sources] = relatedMatchIds(query);
  if (plan === 'common')
    return Prisma.sql`(e.search_vector @@ ${query} OR e.id IN (${quotes}) OR e.id IN (${sources}))`;
  return Prisma.sql`e.id IN (SELECT ev.id FROM event ev WHERE ev.search_vector @@ ${query}
    UNION ${quotes} UNION ${sources})`;
}

/** Up to `limit` ids matching `q` (with repeats): enough to tell a rare search from a common one. */
export function searchMatchSample(q: string, limit: number): Prisma.Sql {
  if (isKoreanSearch(q))
    return Prisma.sql`SELECT ev.id FROM event ev WHERE ${koreanMatchSql(q, 'ev')} AND ${liveSql('ev')} LIMIT ${limit}`;
  const query = tsQuery(q);
  const [quotes, sources] = relatedMatchIds(query);
  return Prisma.sql`SELECT ev.id FROM event ev WHERE ev.search_vector @@ ${query}
    UNION ALL ${quotes} UNION ALL ${sources} LIMIT ${limit}`;
}

/** The first live quote of the event (`e`) that matches `q`, as { speaker, text } with ts_headline marks. */
export function matchingQuoteSql(q: string, options: string): Prisma.Sql {
  const query = tsQuery(q);
  return Prisma.sql`(SELECT json_build_object('speaker', qt.speaker,
      'text', ts_headline('english', qt.text, ${query}, ${options}))
    FROM quote qt WHERE qt.event_id = e.id AND ${liveSql('qt')} AND qt.search_vector @@ ${query}
    ORDER BY qt.id LIMIT 1)`;
}

/**
 * Published, untrashed events matching every given filter. Within one kind the values are
 * alternatives (actor=KP&actor=RU: either), except actors with actorMode=all (events naming
 * every one); kinds combine (actor and status). A date range keeps events that overlap it,
 * so a year-precision event counts in each month of its year.
 */
export async function eventFilterSql(
  filter: EventFilter,
  searchPlan: 'rare' | 'common' = 'rare',
): Promise<Prisma.Sql> {
  const parts: Prisma.Sql[] = [publishedLiveSql('e')];
  const { start, end } = windowBounds(filter);
  if (end) parts.push(Prisma.sql`e.start_date <= ${end}::date`);
  if (start) {
    // The lower bound on start_date is implied by the overlap test; it is there so the
    // scan of the start_date index begins near the window instead of at the first event.
    parts.push(Prisma.sql`e.start_date >= ${start}::date - ${await longestSpanDays()}::int`);
    parts.push(Prisma.sql`${EFFECTIVE_END} >= ${start}::date`);
  }
  if (filter.actor.length && filter.actorMode === 'all') {
    // One EXISTS per actor, each answered by the (actor_id, event_id) index.
    for (const code of new Set(filter.actor))
      parts.push(Prisma.sql`EXISTS (SELECT 1 FROM event_actor ea JOIN actor a ON a.id = ea.actor_id
        WHERE ea.event_id = e.id AND a.code = ${code})`);
  } else if (filter.actor.length) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM event_actor ea JOIN actor a ON a.id = ea.actor_id
      WHERE ea.event_id = e.id AND a.code IN (${Prisma.join(filter.actor)}))`);
  }
  if (filter.tag.length) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM event_tag et JOIN tag t ON t.id = et.tag_id
      WHERE et.event_id = e.id AND ${liveSql('t')} AND t.slug IN (${Prisma.join(filter.tag)}))`);
  }
  // As of a date: only events public by then, filtered by the status in force then.
  if (filter.asOf) parts.push(Prisma.sql`${knownOnSql('e')} <= ${filter.asOf}::date`);
  const status = filter.asOf ? statusAtSql(filter.asOf, 'e') : Prisma.sql`e.status::text`;
  if (filter.status.length) parts.push(Prisma.sql`${status} IN (${Prisma.join(filter.status)})`);
  if (filter.q) parts.push(searchMatchSql(filter.q, searchPlan));
  if (filter.follow?.length) parts.push(followSql(filter.follow));
  return Prisma.join(parts, ' AND ');
}

const namesActor = (code: string) => Prisma.sql`EXISTS (SELECT 1 FROM event_actor ea
  JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id = e.id AND a.code = ${code})`;

/** A watchlist (`follow`): the event names a followed actor, has a followed tag, or names both of a pair. */
function followSql(items: string[]): Prisma.Sql {
  const any = items.map((item) => {
    const [kind, value] = item.split(':') as [string, string];
    if (kind === 'tag') {
      return Prisma.sql`EXISTS (SELECT 1 FROM event_tag et JOIN tag t ON t.id = et.tag_id
        WHERE et.event_id = e.id AND ${liveSql('t')} AND t.slug = ${value})`;
    }
    if (kind === 'pair') {
      const [a, b] = value.split('-') as [string, string];
      return Prisma.sql`(${namesActor(a)} AND ${namesActor(b)})`;
    }
    return namesActor(value);
  });
  return Prisma.sql`(${Prisma.join(any, ' OR ')})`;
}
