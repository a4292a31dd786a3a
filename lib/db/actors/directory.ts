import 'server-only';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { LIVE, liveSql, publishedLiveSql } from '../core/visibility.ts';
import type { ActorEntry, TagEntry } from '../../shapes/directory.ts';

// Read-only lists of actors and tags for readers (filters, /api/actors, /api/tags) with
// the number of published events each appears in. Editor writes live elsewhere.

// Counts are one grouped pass over the links of published events (a hash join), not a
// subquery per actor or tag: at a million events that is the difference between about a
// second and tens of seconds. Cached per data version, so paid once per change.
async function loadActors(): Promise<ActorEntry[]> {
  const rows = await getDb().$queryRaw<(Omit<ActorEntry, 'eventCount'> & { n: bigint })[]>`
    WITH counts AS (
      SELECT ea.actor_id, count(*) AS n FROM event_actor ea JOIN event e ON e.id = ea.event_id
      WHERE ${publishedLiveSql('e')} GROUP BY ea.actor_id)
    SELECT a.code, a.name, a.kind::text AS kind, a.color, coalesce(c.n, 0) AS n
    FROM actor a LEFT JOIN counts c ON c.actor_id = a.id WHERE ${liveSql('a')}
    ORDER BY n DESC, a.code`;
  return rows.map(({ n, ...a }) => ({ ...a, eventCount: Number(n) }));
}

async function loadTags(): Promise<TagEntry[]> {
  const rows = await getDb().$queryRaw<(Omit<TagEntry, 'eventCount'> & { n: bigint })[]>`
    WITH counts AS (
      SELECT et.tag_id, count(*) AS n FROM event_tag et JOIN event e ON e.id = et.event_id
      WHERE ${publishedLiveSql('e')} GROUP BY et.tag_id)
    SELECT t.slug, t.name, coalesce(c.n, 0) AS n
    FROM tag t LEFT JOIN counts c ON c.tag_id = t.id WHERE ${liveSql('t')}
    ORDER BY n DESC, t.slug`;
  return rows.map(({ n, ...t }) => ({ ...t, eventCount: Number(n) }));
}

export async function getActor(code: string): Promise<Omit<ActorEntry, 'eventCount'> | null> {
  const actor = await getDb().actor.findFirst({
    where: { code, ...LIVE },
    select: { code: true, name: true, kind: true, color: true },
  });
  return actor;
}

/** Actors appearing in the same published events as `code`, per year, busiest first. */
export async function listCoActorsByYear(code: string, limit = 8) {
  const rows = await getDb().$queryRaw<
    { code: string; name: string; color: string | null; year: number; n: bigint }[]
  >`
    WITH mine AS (
      SELECT e.id, extract(year FROM e.start_date)::int AS year FROM event e
      JOIN event_actor ea ON ea.event_id = e.id JOIN actor a ON a.id = ea.actor_id
      WHERE a.code = ${code} AND ${publishedLiveSql('e')}
    ), pairs AS (
      SELECT o.code, o.name, o.color, m.year, count(*) AS n FROM mine m
      JOIN event_actor oa ON oa.event_id = m.id JOIN actor o ON o.id = oa.actor_id
      WHERE o.code <> ${code} AND ${liveSql('o')}
      GROUP BY o.code, o.name, o.color, m.year
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
