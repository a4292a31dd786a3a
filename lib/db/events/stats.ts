import 'server-only';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';

// Counts for the overview page, over published, untrashed events, summed from the month
// counts the timeline's triggers keep (see the timeline_day_counts migration): a few thousand
// rows whatever the number of events. Counting the events themselves read every one of them
// (seconds at a million) on the first view after each change.

async function loadCountsByActor(limit = 15) {
  const rows = await getDb().$queryRaw<
    { code: string; name: string; nameKo: string | null; color: string | null; count: bigint }[]
  >`
    SELECT a.code, a.name, a.name_ko AS "nameKo", a.color, sum(c.n) AS count
    FROM event_month_count c
    JOIN actor a ON a.id = c.lane
    WHERE c.kind = 'a' AND a.kind <> 'person'
    GROUP BY a.code, a.name, a.name_ko, a.color
    HAVING sum(c.n) > 0
    ORDER BY count DESC, a.code
    LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

async function loadCountsByYear() {
  const rows = await getDb().$queryRaw<{ year: number; count: bigint }[]>`
    SELECT extract(year FROM month)::int AS year, sum(n) AS count
    FROM event_month_count
    WHERE kind = 's'
    GROUP BY 1
    HAVING sum(n) > 0
    ORDER BY 1`;
  return rows.map((r) => ({ year: r.year, count: Number(r.count) }));
}

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const countEventsByActor = cachedPerDataVersion('countEventsByActor', loadCountsByActor);

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const countEventsByYear = cachedPerDataVersion('countEventsByYear', loadCountsByYear);
