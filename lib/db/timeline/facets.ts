import 'server-only';
import type { EventFilter } from '../../schemas/event-query.ts';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { liveSql } from '../core/visibility.ts';
import { eventFilterSql } from '../events/filter.ts';
import type { FilterFacets } from '../../shapes/timeline.ts';

// The numbers beside the filter bar's actors and tags: how many events each would match
// under the other active filters. An actor's count leaves the actor filter out (ticking it
// adds to "any"), except with actorMode=all, where it counts the events naming the chosen
// actors and that one too; a tag's count leaves the tag filter out.

async function loadFacets(filter: EventFilter): Promise<FilterFacets> {
  const actorWhere = await eventFilterSql(
    filter.actorMode === 'all' ? filter : { ...filter, actor: [] },
  );
  const tagWhere = await eventFilterSql({ ...filter, tag: [] });
  const db = getDb();
  const [actors, tags] = await Promise.all([
    db.$queryRaw<{ key: string; n: number }[]>`
      SELECT a.code AS key, count(*)::int AS n
      FROM event e JOIN event_actor ea ON ea.event_id = e.id JOIN actor a ON a.id = ea.actor_id
      WHERE ${actorWhere} AND ${liveSql('a')} GROUP BY a.code`,
    db.$queryRaw<{ key: string; n: number }[]>`
      SELECT t.slug AS key, count(*)::int AS n
      FROM event e JOIN event_tag et ON et.event_id = e.id JOIN tag t ON t.id = et.tag_id
      WHERE ${tagWhere} AND ${liveSql('t')} GROUP BY t.slug`,
  ]);
  const byKey = (rows: { key: string; n: number }[]) =>
    Object.fromEntries(rows.sort((a, b) => a.key.localeCompare(b.key)).map((r) => [r.key, r.n]));
  return { actors: byKey(actors), tags: byKey(tags) };
}

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const getFilterFacets = cachedPerDataVersion('getFilterFacets', loadFacets);
