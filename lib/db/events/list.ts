import 'server-only';
import { BadRequest } from '../../errors.ts';
import type { EventQuery } from '../../schemas/event-query.ts';
import { decodeCursor, encodeCursor } from '../../timeline/cursor.ts';
import { MARK_END, MARK_START, toSegments } from '../../timeline/highlight.ts';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import {
  eventFilterSql,
  isKoreanSearch,
  matchingQuoteSql,
  searchMatchSample,
  titleMatchSql,
  tsQuery,
} from './filter.ts';
import { Prisma } from '../generated/client.ts';
import { queryJsonRows } from '../core/json-rows.ts';
import { liveSql } from '../core/visibility.ts';
import { statusAtSql } from './as-of.ts';
import type { EventSummary } from '../../shapes/event.ts';

/**
 * A summary's columns of the event row `e` (actors and tags as JSON), for one query per page;
 * as of a date, the status in force then.
 */
const summaryColumns = (
  asOf?: string,
) => Prisma.sql`e.slug, e.title, e.title_ko AS "titleKo", to_char(e.start_date, 'YYYY-MM-DD') AS date, to_char(e.end_date, 'YYYY-MM-DD') AS "endDate",
      e.date_precision::text AS "datePrecision", ${asOf ? statusAtSql(asOf, 'e') : Prisma.sql`e.status::text`} AS status,
      coalesce((SELECT json_agg(json_build_object('code', a.code, 'name', a.name, 'nameKo', a.name_ko, 'color', a.color) ORDER BY a.code)
                FROM event_actor ea JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id = e.id), '[]') AS actors,
      -- A trashed tag leaves every page until restored (its links stay).
      coalesce((SELECT array_agg(t.slug ORDER BY t.slug)
                FROM event_tag et JOIN tag t ON t.id = et.tag_id AND ${liveSql('t')} WHERE et.event_id = e.id), '{}') AS tags`;

/**
 * Summaries by event id, built in one query and sent as one JSON text: a page of 50 or a
 * window of 2,000 events costs one round trip, not one per relation plus the ORM's hydration
 * of each row.
 */
export async function loadSummaries(
  ids: number[],
  asOf?: string,
): Promise<Map<number, EventSummary>> {
  if (!ids.length) return new Map();
  const rows = await queryJsonRows<Omit<EventSummary, 'highlight'> & { id: number }>(Prisma.sql`
    SELECT e.id, ${summaryColumns(asOf)}
    FROM event e WHERE e.id = ANY (${ids}::int[])`);
  return new Map(rows.map(({ id, ...summary }) => [id, summary]));
}

type PageRow = Omit<EventSummary, 'highlight'> & {
  id: number;
  /** Position on the page (JSON keeps no order we could rely on otherwise). */
  ord: number;
  tier: number;
  title_hl: string | null;
  summary_hl: string | null;
  quote_hl: { speaker: string; text: string } | null;
};

const HEADLINE_TITLE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const HEADLINE_SUMMARY = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=12, MaxFragments=2`;
const HEADLINE_QUOTE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=15`;

/**
 * One page of published events, newest first (start date, then id), or oldest first with
 * sort=oldest. A search `q` sorts by relevance unless a date order is asked for: events
 * whose title matches come first, then those matching elsewhere (summary, notes, a quote, a
 * source's title), each newest first: a rank that an index answers a page at a time, where
 * ts_rank would score every match (hundreds of thousands for a common word). Keyset
 * pagination: `nextCursor` is the sort key of the last row (with its tier when ranking), so
 * pages never skip or repeat rows.
 */
async function loadEventPage(
  query: EventQuery,
): Promise<{ items: EventSummary[]; nextCursor: string | null }> {
  const sort = query.sort ?? (query.q ? 'relevance' : 'newest');
  const ranked = query.q !== undefined && sort === 'relevance';
  const ascending = sort === 'oldest';
  const key = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && (!key || ranked !== (key.r !== undefined))) {
    throw new BadRequest({ cursor: 'Not a cursor from a previous page of this list' });
  }
  const dir = Prisma.raw(ascending ? 'ASC' : 'DESC');
  const byDate = key
    ? ascending
      ? Prisma.sql`(e.start_date, e.id) > (${key.d}::date, ${key.i}::int)`
      : Prisma.sql`(e.start_date, e.id) < (${key.d}::date, ${key.i}::int)`
    : Prisma.sql`TRUE`;
  // A rare word's few matches are found through the search index and then sorted; walking
  // the date index instead (what the planner picks under LIMIT) would read every event
  // before giving up. `+ 0` keeps the date index out of the plan.
  const rare = query.q ? await isRareSearch(query.q) : false;
  const where = await eventFilterSql(query, rare ? 'rare' : 'common');
  const order = rare
    ? Prisma.sql`e.start_date + 0 ${dir}, e.id + 0 ${dir}`
    : Prisma.sql`e.start_date ${dir}, e.id ${dir}`;
  const newest = (condition: Prisma.Sql, tier: number) => Prisma.sql`(
    SELECT e.id, e.start_date, ${tier}::int AS tier FROM event e WHERE ${where} AND ${condition}
    ORDER BY ${order} LIMIT ${query.limit + 1})`;
  let candidates: Prisma.Sql;
  let headlines = Prisma.sql`NULL AS title_hl, NULL AS summary_hl, NULL AS quote_hl`;
  if (ranked && query.q) {
    const titleMatch = titleMatchSql(query.q);
    const tiers = [];
    if (!key || key.r === 1) tiers.push(newest(Prisma.sql`${titleMatch} AND ${byDate}`, 1));
    tiers.push(
      newest(Prisma.sql`NOT (${titleMatch}) AND ${key?.r === 2 ? byDate : Prisma.sql`TRUE`}`, 2),
    );
    candidates = Prisma.join(tiers, ' UNION ALL ');
  } else {
    candidates = newest(byDate, 0);
  }
  // Korean searches have no headlines: ts_headline marks English words only.
  if (query.q && !isKoreanSearch(query.q)) {
    const q = tsQuery(query.q);
    headlines = Prisma.sql`ts_headline('english', e.title, ${q}, ${HEADLINE_TITLE}) AS title_hl,
      ts_headline('english', e.summary, ${q}, ${HEADLINE_SUMMARY}) AS summary_hl,
      ${matchingQuoteSql(query.q, HEADLINE_QUOTE)} AS quote_hl`;
  }
  // Headlines are made for the page's rows only, after the page is chosen; the page's rows
  // come with their summaries in the same query, as one JSON text (one round trip).
  const rows = await queryJsonRows<PageRow>(Prisma.sql`
    SELECT p.id, row_number() OVER (ORDER BY p.tier, p.start_date ${dir}, p.id ${dir}) AS ord, p.tier,
      ${headlines}, ${summaryColumns(query.asOf)}
    FROM (SELECT * FROM (${candidates}) c ORDER BY c.tier, c.start_date ${dir}, c.id ${dir} LIMIT ${query.limit + 1}) p
    JOIN event e ON e.id = p.id`);
  rows.sort((a, b) => a.ord - b.ord);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({
          d: last.date,
          i: last.id,
          ...(ranked ? { r: last.tier } : {}),
        })
      : null;
  const items = page.map(
    ({ id: _id, ord: _ord, tier: _tier, title_hl, summary_hl, quote_hl, ...item }) => {
      const summary: EventSummary = item;
      if (title_hl !== null)
        summary.highlight = {
          title: toSegments(title_hl),
          summary: toSegments(summary_hl ?? ''),
          ...(quote_hl
            ? { quote: { speaker: quote_hl.speaker, text: toSegments(quote_hl.text) } }
            : {}),
        };
      return summary;
    },
  );
  return { items, nextCursor };
}

const RARE_MATCHES = 2_000;

/** Whether a search matches fewer than RARE_MATCHES events (counted from the index, stopping there). */
const isRareSearch = cachedPerDataVersion('isRareSearch', async (q: string): Promise<boolean> => {
  const [row] = await getDb().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (${searchMatchSample(q, RARE_MATCHES)}) m`;
  return Number(row.n) < RARE_MATCHES;
});

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const listEvents = cachedPerDataVersion('listEvents', loadEventPage);
