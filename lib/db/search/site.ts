import 'server-only';
import type { EventSummary } from '../../shapes/event.ts';
import { eventQuerySchema } from '../../schemas/event-query.ts';
import type { SiteSearchSort } from '../../schemas/site-search.ts';
import { getDb } from '../core/client.ts';
import { Prisma } from '../generated/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { PUBLIC_QUOTE, PUBLIC_SOURCE, LIVE } from '../core/visibility.ts';
import { listEvents } from '../events/list.ts';
import { tsQuery } from '../events/filter.ts';

// The overview's search: one query, answered by kind. Events come from the event list's own
// search (its ranking, highlights, orders and limits); quotes and sources through full-text
// indexes (quote.search_vector and source.title_vector, as the event search, and
// source.publisher_vector); actors (a few hundred) by the words of their names; a handful
// each, so a reader sees at a glance which kinds hold the answer.

export const PER_KIND = 8;

export interface SiteSearchResults {
  q: string;
  events: EventSummary[];
  moreEvents: boolean;
  quotes: {
    key: string | null;
    speaker: string;
    text: string;
    date: string | null;
    /** The quote's language (ISO 639-1): its text is shown in it. */
    language: string;
    event: { slug: string; title: string; titleKo: string | null } | null;
  }[];
  actors: { code: string; name: string; nameKo: string | null; kind: string }[];
  sources: { key: string | null; publisher: string; title: string; url: string | null }[];
}

/**
 * The reader's words (at most six), each to appear in one of the actor's fields. Prisma's
 * `contains` passes LIKE's `%` and `_` through as wildcards, so they are escaped here.
 */
const words = (q: string) =>
  q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)
    .map((w) => w.replace(/[\\%_]/g, '\\$&'));

/** Candidates read from the index per round before the visibility check. */
const BATCH = 64;

/**
 * The first PER_KIND rows readers may see, in the order of `ordered` (ids, best first, from a
 * GIN index): the visibility rule stays the one in visibility.ts (a Prisma filter), applied to
 * a batch of candidates at a time, so a common word reads a few batches, not every match.
 */
async function firstVisible<T extends { id: number }>(
  ordered: (limit: number, offset: number) => Promise<{ id: number }[]>,
  visible: (ids: number[]) => Promise<T[]>,
): Promise<T[]> {
  const found: T[] = [];
  for (let offset = 0; found.length < PER_KIND; offset += BATCH) {
    const ids = (await ordered(BATCH, offset)).map((r) => r.id);
    const byId = new Map((await visible(ids)).map((row) => [row.id, row]));
    for (const id of ids) if (byId.has(id) && found.length < PER_KIND) found.push(byId.get(id)!);
    if (ids.length < BATCH) break;
  }
  return found;
}

/** Quotes by rank (then date), or by date; undated ones last. */
const QUOTE_ORDER: Record<SiteSearchSort, (query: Prisma.Sql) => Prisma.Sql> = {
  relevance: (query) =>
    Prisma.sql`ts_rank(qt.search_vector, ${query}) DESC, qt.date ASC NULLS LAST, qt.id ASC`,
  newest: () => Prisma.sql`qt.date DESC NULLS LAST, qt.id DESC`,
  oldest: () => Prisma.sql`qt.date ASC NULLS LAST, qt.id ASC`,
};

/** Sources by rank (then newest), or by their publication date; undated ones last. */
const SOURCE_ORDER: Record<SiteSearchSort, (query: Prisma.Sql) => Prisma.Sql> = {
  relevance: (query) =>
    Prisma.sql`ts_rank(s.title_vector || s.publisher_vector, ${query}) DESC, s.published_at DESC NULLS LAST, s.id DESC`,
  newest: () => Prisma.sql`s.published_at DESC NULLS LAST, s.id DESC`,
  oldest: () => Prisma.sql`s.published_at ASC NULLS LAST, s.id ASC`,
};

async function searchQuotes(q: string, sort: SiteSearchSort) {
  const db = getDb();
  const query = tsQuery(q);
  const rows = await firstVisible(
    (limit, offset) => db.$queryRaw<{ id: number }[]>`
      SELECT qt.id FROM quote qt WHERE qt.search_vector @@ ${query} AND qt.deleted_at IS NULL
      ORDER BY ${QUOTE_ORDER[sort](query)} LIMIT ${limit} OFFSET ${offset}`,
    (ids) =>
      db.quote.findMany({
        where: { AND: [PUBLIC_QUOTE, { id: { in: ids } }] },
        select: {
          id: true,
          key: true,
          speaker: true,
          text: true,
          date: true,
          language: true,
          event: { select: { slug: true, title: true, titleKo: true, deletedAt: true } },
        },
      }),
  );
  return rows.map(({ id: _id, event, ...quote }) => ({
    ...quote,
    // PUBLIC_QUOTE already keeps quotes of hidden events out; this keeps the link honest.
    event:
      event && !event.deletedAt
        ? { slug: event.slug, title: event.title, titleKo: event.titleKo }
        : null,
  }));
}

async function searchSources(q: string, sort: SiteSearchSort) {
  const db = getDb();
  const query = tsQuery(q);
  const rows = await firstVisible(
    (limit, offset) => db.$queryRaw<{ id: number }[]>`
      SELECT s.id FROM source s
      WHERE (s.title_vector @@ ${query} OR s.publisher_vector @@ ${query}) AND s.deleted_at IS NULL
      ORDER BY ${SOURCE_ORDER[sort](query)} LIMIT ${limit} OFFSET ${offset}`,
    (ids) =>
      db.source.findMany({
        where: { AND: [PUBLIC_SOURCE, { id: { in: ids } }] },
        select: { id: true, key: true, publisher: true, title: true, url: true },
      }),
  );
  return rows.map(({ id: _id, ...source }) => source);
}

async function loadSiteSearch(
  q: string,
  sort: SiteSearchSort = 'relevance',
): Promise<SiteSearchResults> {
  const db = getDb();
  const allWords = (fields: string[]) =>
    words(q).map((word) => ({
      OR: fields.map((f) => ({ [f]: { contains: word, mode: 'insensitive' as const } })),
    }));
  const [eventPage, quotes, actors, sources] = await Promise.all([
    listEvents(eventQuerySchema.parse({ q, sort, limit: String(PER_KIND) })),
    searchQuotes(q, sort),
    db.actor.findMany({
      where: { AND: [LIVE, ...allWords(['name', 'nameKo', 'code'])] },
      select: { code: true, name: true, nameKo: true, kind: true },
      orderBy: { name: 'asc' },
      take: PER_KIND,
    }),
    searchSources(q, sort),
  ]);
  return {
    q,
    events: eventPage.items,
    moreEvents: eventPage.nextCursor !== null,
    quotes,
    actors,
    sources,
  };
}

/** Cached per data version: results are shared, never mutate them. */
export const searchSite = cachedPerDataVersion('searchSite', loadSiteSearch);
