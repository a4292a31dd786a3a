import 'server-only';
import type { EventSummary } from '../../shapes/event.ts';
import { eventQuerySchema } from '../../schemas/event-query.ts';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { PUBLIC_QUOTE, PUBLIC_SOURCE, LIVE } from '../core/visibility.ts';
import { listEvents } from '../events/list.ts';

// The overview's search: one query, answered by kind. Events come from the event list's own
// search (its ranking, highlights and limits); quotes, actors and sources are matched by
// their words, a handful each, so a reader sees at a glance which kinds hold the answer.

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
    event: { slug: string; title: string } | null;
  }[];
  actors: { code: string; name: string; kind: string }[];
  sources: { key: string | null; publisher: string; title: string; url: string | null }[];
}

/**
 * The reader's words (at most six), each to appear in one of the record's fields. Prisma's
 * `contains` passes LIKE's `%` and `_` through as wildcards, so they are escaped here.
 */
const words = (q: string) =>
  q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)
    .map((w) => w.replace(/[\\%_]/g, '\\$&'));

async function loadSiteSearch(q: string): Promise<SiteSearchResults> {
  const db = getDb();
  const allWords = (fields: string[]) =>
    words(q).map((word) => ({
      OR: fields.map((f) => ({ [f]: { contains: word, mode: 'insensitive' as const } })),
    }));
  const [eventPage, quotes, actors, sources] = await Promise.all([
    listEvents(eventQuerySchema.parse({ q, limit: String(PER_KIND) })),
    db.quote.findMany({
      where: { AND: [PUBLIC_QUOTE, ...allWords(['text', 'speaker', 'translation'])] },
      select: {
        key: true,
        speaker: true,
        text: true,
        date: true,
        event: { select: { slug: true, title: true, publication: true, deletedAt: true } },
      },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
      take: PER_KIND,
    }),
    db.actor.findMany({
      where: { AND: [LIVE, ...allWords(['name', 'code'])] },
      select: { code: true, name: true, kind: true },
      orderBy: { name: 'asc' },
      take: PER_KIND,
    }),
    db.source.findMany({
      where: { AND: [PUBLIC_SOURCE, ...allWords(['title', 'publisher'])] },
      select: { key: true, publisher: true, title: true, url: true },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: PER_KIND,
    }),
  ]);
  return {
    q,
    events: eventPage.items,
    moreEvents: eventPage.nextCursor !== null,
    quotes: quotes.map(({ event, ...quote }) => ({
      ...quote,
      // PUBLIC_QUOTE already keeps quotes of hidden events out; this keeps the link honest.
      event: event && !event.deletedAt ? { slug: event.slug, title: event.title } : null,
    })),
    actors,
    sources,
  };
}

/** Cached per data version: results are shared, never mutate them. */
export const searchSite = cachedPerDataVersion('searchSite', loadSiteSearch);
