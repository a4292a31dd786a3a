import 'server-only';
import type { EventFilter, TimelineQuery } from '../../schemas/event-query.ts';
import type { BucketUnit } from '../../timeline/buckets.ts';
import { longestSpanDays } from '../events/filter.ts';
import { Prisma } from '../generated/client.ts';
import { queryJsonRows } from '../core/json-rows.ts';
import { liveSql, publishedLiveSql } from '../core/visibility.ts';

// Counts per time bucket for a dense timeline window: in all, and per lane. Windows without
// filters sum the day and month counts that triggers keep (see the timeline_day_counts
// migration); filtered windows count their events directly.

interface BucketCounts {
  /** Per lane key (null: events with no actor or tag) and bucket start (epoch ms, UTC). */
  lanes: { lane: string | null; t: number; n: number }[];
  /** Each event once, in the bucket of its start (the window's first bucket if it began earlier). */
  totals: { t: number; n: number }[];
}

interface Window {
  lanes: Exclude<TimelineQuery['lanes'], 'none'>;
  unit: BucketUnit;
  start: Date;
  end: Date;
}

export function isUnfiltered(filter: EventFilter): boolean {
  return (
    !filter.actor.length && !filter.tag.length && !filter.status.length && !filter.q && !filter.asOf
  );
}

const bucketOf = (unit: BucketUnit, day: Prisma.Sql) =>
  Prisma.sql`date_trunc(${unit}, ${day}::timestamp)`;

/** The untrashed tags of each row of `events` (a trashed tag leaves the timeline; its links stay). */
const tagLinksOf = (events: 'e' | 's') =>
  Prisma.sql`LEFT JOIN (event_tag et JOIN tag tg ON tg.id = et.tag_id AND ${liveSql('tg')}) ON et.event_id = ${Prisma.raw(events)}.id`;

/** Counts of the events matching `where`, which already holds the window's bounds. */
export async function countMatchingEvents(
  { lanes, unit, start }: Window,
  where: Prisma.Sql,
): Promise<BucketCounts> {
  const t = bucketOf(unit, Prisma.sql`greatest(e.start_date, ${start}::date)`);
  const laneExpr =
    lanes === 'actor'
      ? Prisma.sql`a.code`
      : lanes === 'tag'
        ? Prisma.sql`tg.slug`
        : Prisma.sql`e.status::text`;
  const joins =
    lanes === 'actor'
      ? Prisma.sql`LEFT JOIN event_actor ea ON ea.event_id = e.id LEFT JOIN actor a ON a.id = ea.actor_id`
      : lanes === 'tag'
        ? tagLinksOf('e')
        : Prisma.empty;
  const epochMs = Prisma.sql`extract(epoch FROM ${t}) * 1000`;
  const [laneRows, totals] = await Promise.all([
    queryJsonRows<BucketCounts['lanes'][number]>(Prisma.sql`
      SELECT ${laneExpr} AS lane, ${epochMs} AS t, count(*) AS n FROM event e ${joins} WHERE ${where} GROUP BY 1, 2`),
    queryJsonRows<BucketCounts['totals'][number]>(Prisma.sql`
      SELECT ${epochMs} AS t, count(*) AS n FROM event e WHERE ${where} GROUP BY 1 ORDER BY 1`),
  ]);
  return { lanes: laneRows, totals };
}

const KIND = { actor: 'a', tag: 't', status: 's' } as const;

/**
 * The same counts for an unfiltered window, from the kept counts: month rows for the whole
 * months inside the window, day rows for the days at its ends, and the few multi-day events
 * that began before the window and reach into it, counted in its first bucket.
 */
export async function countFromKeptCounts({
  lanes,
  unit,
  start,
  end,
}: Window): Promise<BucketCounts> {
  const kind = KIND[lanes];
  // Whole months inside the window; none when buckets are days or weeks (a week can
  // straddle two months, and such windows are short).
  const byMonth = unit === 'month' || unit === 'year';
  const m1 = byMonth ? monthOnOrAfter(start) : end;
  const m2 = byMonth ? monthAfterLastWhole(end, m1) : end;
  // Lane ids to keys with one join (not a lookup per row).
  const [laneKey, laneJoin] =
    lanes === 'actor'
      ? [Prisma.sql`a.code`, Prisma.sql`LEFT JOIN actor a ON a.id = g.lane`]
      : lanes === 'tag'
        ? [Prisma.sql`tg.slug`, Prisma.sql`LEFT JOIN tag tg ON tg.id = g.lane`]
        : [Prisma.sql`(enum_range(NULL::"ClaimStatus"))[g.lane]::text`, Prisma.empty];
  const statusOfSpanning = Prisma.sql`SELECT 's'::"char" AS kind, array_position(enum_range(NULL::"ClaimStatus"), s.status) AS lane, count(*) AS n
    FROM spanning s GROUP BY 2`;
  const spanLanes =
    lanes === 'actor'
      ? Prisma.sql`UNION ALL SELECT 'a'::"char", coalesce(ea.actor_id, 0), count(*) FROM spanning s LEFT JOIN event_actor ea ON ea.event_id = s.id GROUP BY 2`
      : lanes === 'tag'
        ? Prisma.sql`UNION ALL SELECT 't'::"char", coalesce(et.tag_id, 0), count(*) FROM spanning s ${tagLinksOf('s')} GROUP BY 2`
        : Prisma.empty;
  // Status rows count every event once, so they give the totals whatever the lanes.
  const rows = await queryJsonRows<{
    kind: string;
    lane: string | null;
    t: number;
    n: number;
  }>(Prisma.sql`
    WITH spanning AS (
      SELECT e.id, e.status FROM event e
      WHERE ${publishedLiveSql('e')} AND e.effective_end > e.start_date
        AND e.start_date < ${start}::date AND e.start_date >= ${start}::date - ${await longestSpanDays()}::int
        AND e.effective_end >= ${start}::date),
    counts AS (
      SELECT c.kind, c.lane, c.day, c.n::bigint AS n FROM event_day_count c
      WHERE c.kind IN ('s', ${kind}) AND c.day >= ${start}::date AND c.day < ${m1}::date AND c.day <= ${end}::date
      UNION ALL
      SELECT c.kind, c.lane, c.month, c.n FROM event_month_count c
      WHERE c.kind IN ('s', ${kind}) AND c.month >= ${m1}::date AND c.month < ${m2}::date
      UNION ALL
      SELECT c.kind, c.lane, c.day, c.n FROM event_day_count c
      WHERE c.kind IN ('s', ${kind}) AND c.day >= ${m2}::date AND c.day <= ${end}::date
      UNION ALL
      SELECT x.kind, x.lane, ${start}::date, x.n FROM (${statusOfSpanning} ${spanLanes}) x),
    g AS (
      SELECT c.kind, c.lane, ${bucketOf(unit, Prisma.sql`c.day`)} AS t, sum(c.n) AS n FROM counts c GROUP BY 1, 2, 3 HAVING sum(c.n) > 0)
    SELECT g.kind::text AS kind, CASE WHEN g.kind = ${kind} THEN ${laneKey} END AS lane, extract(epoch FROM g.t) * 1000 AS t, g.n FROM g ${laneJoin}`);
  const totals = new Map<number, number>();
  const result: BucketCounts = { lanes: [], totals: [] };
  for (const r of rows) {
    if (r.kind === 's') totals.set(r.t, (totals.get(r.t) ?? 0) + r.n);
    if (r.kind === kind) result.lanes.push({ lane: r.lane, t: r.t, n: r.n });
  }
  result.totals = [...totals].sort((a, b) => a[0] - b[0]).map(([t, n]) => ({ t, n }));
  return result;
}

/** The first day of the first month that starts on or after `day`. */
function monthOnOrAfter(day: Date): Date {
  return day.getUTCDate() === 1
    ? day
    : new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));
}

/** The day after the last whole month that ends on or before `day` (never before `from`). */
function monthAfterLastWhole(day: Date, from: Date): Date {
  const next = new Date(day.getTime() + 86_400_000);
  const m =
    next.getUTCDate() === 1 ? next : new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
  return m < from ? from : m;
}
