import 'server-only';
import type { CsvEvent } from '../../export/events-csv.ts';
import type { EventFilter } from '../../schemas/event-query.ts';
import { getDb } from '../core/client.ts';
import { eventFilterSql } from './filter.ts';
import { eventDetailInclude, toEventDto } from './reads.ts';
import { Prisma } from '../generated/client.ts';
import { queryJsonRows } from '../core/json-rows.ts';
import { liveSql } from '../core/visibility.ts';
import type { EventDto } from '../../shapes/event.ts';

const EXPORT_PAGE_SIZE = 500;

/**
 * The ids of every matching published event, newest first, one keyset page at a time: a
 * consumer holds one page in memory however many events match.
 */
async function* iterateIds(
  filter: EventFilter,
  pageSize: number,
  max = Infinity,
): AsyncGenerator<number[]> {
  let after: { d: Date; i: number } | null = null;
  let sent = 0;
  const where = await eventFilterSql(filter);
  while (sent < max) {
    const take = Math.min(pageSize, max - sent);
    const keyset: Prisma.Sql = after
      ? Prisma.sql`AND (e.start_date, e.id) < (${after.d}::date, ${after.i}::int)`
      : Prisma.empty;
    const ids = await getDb().$queryRaw<{ id: number; start_date: Date }[]>`
      SELECT e.id, e.start_date FROM event e WHERE ${where} ${keyset}
      ORDER BY e.start_date DESC, e.id DESC LIMIT ${take}`;
    if (!ids.length) return;
    yield ids.map((r) => r.id);
    sent += ids.length;
    const last = ids.at(-1)!;
    after = { d: last.start_date, i: last.id };
    if (ids.length < take) return;
  }
}

/** `rows` in the order of `ids`; an id with no row (trashed meanwhile) is left out. */
function inIdOrder<T>(ids: number[], rows: T[], idOf: (row: T) => number): T[] {
  const byId = new Map(rows.map((r) => [idOf(r), r]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** Every matching published event in the full API shape (the JSON export), page by page. */
export async function* iterateEvents(
  filter: EventFilter,
  pageSize = EXPORT_PAGE_SIZE,
  max = Infinity,
): AsyncGenerator<EventDto[]> {
  for await (const ids of iterateIds(filter, pageSize, max)) {
    const rows = await getDb().event.findMany({
      where: { id: { in: ids } },
      include: eventDetailInclude,
    });
    yield inIdOrder(ids, rows, (r) => r.id).map(toEventDto);
  }
}

/**
 * The same events in the CSV's flat shape, page by page. The CSV needs a few columns of
 * each related record, so one query builds a page as one JSON text (json-rows.ts), each
 * kind of link gathered for the whole page at once: about twice as fast as the full shape.
 * Lists keep the full shape's order and leave out trashed tags, sources and quotes as it
 * does; api-exports.test.ts checks every row against the full shape's.
 */
export async function* iterateCsvEvents(
  filter: EventFilter,
  pageSize = 2_000,
): AsyncGenerator<CsvEvent[]> {
  for await (const ids of iterateIds(filter, pageSize)) {
    const page = Prisma.sql`ANY (${ids}::int[])`;
    const rows = await queryJsonRows<CsvEvent & { id: number }>(Prisma.sql`
      SELECT e.id, e.slug, e.title, to_char(e.start_date, 'YYYY-MM-DD') AS date, to_char(e.end_date, 'YYYY-MM-DD') AS "endDate",
        e.date_precision::text AS "datePrecision", e.status::text AS status, e.confidence::text AS confidence, e.importance,
        CASE WHEN e.location_name IS NOT NULL THEN json_build_object('name', e.location_name) END AS location,
        coalesce(a.list, '[]') AS actors, coalesce(t.list, '{}') AS tags, coalesce(s.list, '[]') AS sources, coalesce(q.n, 0) AS "quoteCount",
        e.summary, e.title_ko AS "titleKo", e.summary_ko AS "summaryKo", e.notes, e.version, to_char(e.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"
      FROM event e
      LEFT JOIN (SELECT ea.event_id, json_agg(json_build_object('code', a.code, 'role', ea.role) ORDER BY ea.actor_id) AS list
                 FROM event_actor ea JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id = ${page} GROUP BY ea.event_id) a ON a.event_id = e.id
      LEFT JOIN (SELECT et.event_id, array_agg(t.slug ORDER BY et.tag_id) AS list
                 FROM event_tag et JOIN tag t ON t.id = et.tag_id AND ${liveSql('t')} WHERE et.event_id = ${page} GROUP BY et.event_id) t ON t.event_id = e.id
      LEFT JOIN (SELECT es.event_id, json_agg(json_build_object('publisher', s.publisher, 'title', s.title, 'url', s.url, 'reliability', s.reliability, 'credibility', es.credibility)
                                     ORDER BY es.is_primary DESC, s.published_at, es.source_id) AS list
                 FROM event_source es JOIN source s ON s.id = es.source_id AND ${liveSql('s')} WHERE es.event_id = ${page} GROUP BY es.event_id) s ON s.event_id = e.id
      LEFT JOIN (SELECT q.event_id, count(*)::int AS n FROM quote q WHERE q.event_id = ${page} AND ${liveSql('q')} GROUP BY q.event_id) q ON q.event_id = e.id
      WHERE e.id = ${page}`);
    yield inIdOrder(ids, rows, (r) => r.id);
  }
}
