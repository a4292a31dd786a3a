import 'server-only';
import { getDb } from '../core/client.ts';
import { Prisma } from '../generated/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { LIVE, liveSql, publishedLiveSql } from '../core/visibility.ts';
import type { ActorEntry, TagEntry } from '../../shapes/directory.ts';

// Read-only lists of actors and tags for readers (filters, /api/actors, /api/tags) with
// the number of published events each appears in. Editor writes live elsewhere.

// Counts are summed from the month counts the timeline's triggers keep (kind 'a' per actor,
// 't' per live tag; see the timeline_day_counts migration): a few thousand rows whatever the
// number of events. A grouped pass over the links of published events took about a second
// at a million events, paid on the first read after every change.
const keptCountsOf = (kind: 'a' | 't') =>
  Prisma.sql`SELECT lane, sum(n) AS n FROM event_month_count WHERE kind = ${kind} GROUP BY lane`;

async function loadActors(): Promise<ActorEntry[]> {
  const rows = await getDb().$queryRaw<(Omit<ActorEntry, 'eventCount'> & { n: bigint })[]>`
    WITH counts AS (${keptCountsOf('a')})
    SELECT a.code, a.name, a.name_ko AS "nameKo", a.kind::text AS kind, a.color, coalesce(c.n, 0) AS n
    FROM actor a LEFT JOIN counts c ON c.lane = a.id WHERE ${liveSql('a')}
    ORDER BY n DESC, a.code`;
  return rows.map(({ n, ...a }) => ({ ...a, eventCount: Number(n) }));
}

async function loadTags(): Promise<TagEntry[]> {
  const rows = await getDb().$queryRaw<(Omit<TagEntry, 'eventCount'> & { n: bigint })[]>`
    WITH counts AS (${keptCountsOf('t')})
    SELECT t.slug, t.name, t.name_ko AS "nameKo", coalesce(c.n, 0) AS n
    FROM tag t LEFT JOIN counts c ON c.lane = t.id WHERE ${liveSql('t')}
    ORDER BY n DESC, t.slug`;
  return rows.map(({ n, ...t }) => ({ ...t, eventCount: Number(n) }));
}

/** One live actor for its page, with its Korean name (null: not translated). */
export async function getActor(
  code: string,
): Promise<(Omit<ActorEntry, 'eventCount'> & { nameKo: string | null }) | null> {
  const actor = await getDb().actor.findFirst({
    where: { code, ...LIVE },
    select: { code: true, name: true, nameKo: true, kind: true, color: true },
  });
  return actor;
}

/** Actors appearing in the same published events as `code`, per year, busiest first. */
export async function listCoActorsByYear(code: string, limit = 8) {
  const rows = await getDb().$queryRaw<
    {
      code: string;
      name: string;
      nameKo: string | null;
      color: string | null;
      year: number;
      n: bigint;
    }[]
  >`
    WITH mine AS (
      SELECT e.id, extract(year FROM e.start_date)::int AS year FROM event e
      JOIN event_actor ea ON ea.event_id = e.id JOIN actor a ON a.id = ea.actor_id
      WHERE a.code = ${code} AND ${publishedLiveSql('e')}
    ), pairs AS (
      SELECT o.code, o.name, o.name_ko AS "nameKo", o.color, m.year, count(*) AS n FROM mine m
      JOIN event_actor oa ON oa.event_id = m.id JOIN actor o ON o.id = oa.actor_id
      WHERE o.code <> ${code} AND ${liveSql('o')}
      GROUP BY o.code, o.name, o.name_ko, o.color, m.year
    ), top AS (
      SELECT code FROM pairs GROUP BY code ORDER BY sum(n) DESC, code LIMIT ${limit}
    )
    SELECT p.* FROM pairs p JOIN top USING (code) ORDER BY p.year, p.code`;
  return rows.map((r) => ({ ...r, count: Number(r.n) }));
}

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const listActors = cachedPerDataVersion('listActors', loadActors);

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const listTags = cachedPerDataVersion('listTags', loadTags);
