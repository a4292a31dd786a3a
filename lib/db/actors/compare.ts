import 'server-only';
import { getDb } from '../core/client.ts';
import { liveSql, publishedLiveSql } from '../core/visibility.ts';
import type { ActivityCell } from '../../shapes/alliances.ts';

/** Published events per actor and year, with their most frequent tags, for up to three actors. */
export async function compareActorActivity(codes: string[]): Promise<ActivityCell[]> {
  const rows = await getDb().$queryRaw<
    { code: string; year: number; tag: string | null; count: bigint; total: bigint }[]
  >`
    WITH ev AS (
      SELECT a.code, e.id, extract(year FROM e.start_date)::int AS year
      FROM event e
      JOIN event_actor ea ON ea.event_id = e.id
      JOIN actor a ON a.id = ea.actor_id
      WHERE a.code = ANY(${codes}) AND ${publishedLiveSql('e')}
    )
    SELECT ev.code, ev.year, t.slug AS tag, count(*) AS count,
           (SELECT count(*) FROM ev e2 WHERE e2.code = ev.code AND e2.year = ev.year) AS total
    FROM ev
    LEFT JOIN event_tag et ON et.event_id = ev.id
    LEFT JOIN tag t ON t.id = et.tag_id AND ${liveSql('t')}
    GROUP BY ev.code, ev.year, t.slug
    ORDER BY ev.year, ev.code, count DESC, t.slug`;
  const cells = new Map<string, ActivityCell>();
  for (const r of rows) {
    const key = `${r.code}|${r.year}`;
    if (!cells.has(key))
      cells.set(key, { code: r.code, year: r.year, total: Number(r.total), tags: [] });
    if (r.tag) cells.get(key)!.tags.push({ tag: r.tag, count: Number(r.count) });
  }
  return [...cells.values()];
}
