import 'server-only';
import type { ActivityCount, ActivityLabel } from '../../charts/activity.ts';
import type { ActivityQuery } from '../../schemas/activity.ts';
import { getDb } from '../core/client.ts';
import { localActorName } from '../../actors/local-name.ts';
import { shortActorName } from '../../actors/short-name.ts';
import { LIVE, liveSql, publishedLiveSql } from '../core/visibility.ts';

/**
 * Published events per year and month for each actor code or tag slug asked for. An event
 * with several of them counts once for each. Years are inclusive.
 */
export async function countEventActivity(
  q: Pick<ActivityQuery, 'by' | 'keys' | 'from' | 'to'>,
): Promise<ActivityCount[]> {
  const from = q.from ?? 1900;
  const to = q.to ?? 2100;
  const db = getDb();
  const rows =
    q.by === 'actor'
      ? await db.$queryRaw<{ key: string; year: number; month: number; count: bigint }[]>`
          SELECT a.code AS key, extract(year FROM e.start_date)::int AS year, extract(month FROM e.start_date)::int AS month, count(*) AS count
          FROM event e JOIN event_actor ea ON ea.event_id = e.id JOIN actor a ON a.id = ea.actor_id
          WHERE a.code = ANY(${q.keys}) AND ${publishedLiveSql('e')}
            AND extract(year FROM e.start_date) BETWEEN ${from} AND ${to}
          GROUP BY 1, 2, 3`
      : await db.$queryRaw<{ key: string; year: number; month: number; count: bigint }[]>`
          SELECT t.slug AS key, extract(year FROM e.start_date)::int AS year, extract(month FROM e.start_date)::int AS month, count(*) AS count
          FROM event e JOIN event_tag et ON et.event_id = e.id JOIN tag t ON t.id = et.tag_id
          WHERE t.slug = ANY(${q.keys}) AND ${liveSql('t')} AND ${publishedLiveSql('e')}
            AND extract(year FROM e.start_date) BETWEEN ${from} AND ${to}
          GROUP BY 1, 2, 3`;
  return rows.map((r) => ({ key: r.key, year: r.year, month: r.month, count: Number(r.count) }));
}

/** Names and colours for the keys that exist; a missing key is not in the result. */
export async function listActivityLabels(
  q: Pick<ActivityQuery, 'by' | 'keys'>,
): Promise<Record<string, ActivityLabel>> {
  const db = getDb();
  if (q.by === 'actor') {
    const actors = await db.actor.findMany({
      where: { code: { in: q.keys }, ...LIVE },
      select: { code: true, name: true, nameKo: true, color: true },
    });
    return Object.fromEntries(
      actors.map((a) => [
        a.code,
        { label: shortActorName(a.name), labelKo: localActorName(a, 'ko').text, color: a.color },
      ]),
    );
  }
  const tags = await db.tag.findMany({
    where: { slug: { in: q.keys }, ...LIVE },
    select: { slug: true, name: true, nameKo: true },
  });
  return Object.fromEntries(
    tags.map((t) => [t.slug, { label: t.name, labelKo: t.nameKo ?? t.name, color: null }]),
  );
}
