import 'server-only';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { publishedLiveSql } from '../core/visibility.ts';

// Counts for the overview page, over published, untrashed events.

async function loadCountsByActor(limit = 15) {
  const rows = await getDb().$queryRaw<
    { code: string; name: string; color: string | null; count: bigint }[]
  >`
    SELECT a.code, a.name, a.color, count(*) AS count
    FROM event_actor ea
    JOIN event e ON e.id = ea.event_id
    JOIN actor a ON a.id = ea.actor_id
    WHERE ${publishedLiveSql('e')} AND a.kind <> 'person'
    GROUP BY a.code, a.name, a.color
    ORDER BY count DESC, a.code
    LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

async function loadCountsByYear() {
  const rows = await getDb().$queryRaw<{ year: number; count: bigint }[]>`
    SELECT extract(year FROM start_date)::int AS year, count(*) AS count
    FROM event
    WHERE ${publishedLiveSql()}
    GROUP BY 1
    ORDER BY 1`;
  return rows.map((r) => ({ year: r.year, count: Number(r.count) }));
}

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const countEventsByActor = cachedPerDataVersion('countEventsByActor', loadCountsByActor);

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const countEventsByYear = cachedPerDataVersion('countEventsByYear', loadCountsByYear);
