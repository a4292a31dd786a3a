import 'server-only';
import type { EventFilter } from '../schemas/event-query.ts';
import { getDb } from './client.ts';
import { eventFilterSql } from './event-filter.ts';
import { eventDetailInclude, toEventDto, type EventDto } from './events.ts';
import { Prisma } from './generated/client.ts';

export const EXPORT_PAGE_SIZE = 500;

/**
 * Every matching published event in the full API shape, newest first, one keyset page at
 * a time: a consumer holds one page in memory however many events match.
 */
export async function* iterateEvents(filter: EventFilter, pageSize = EXPORT_PAGE_SIZE, max = Infinity): AsyncGenerator<EventDto[]> {
  let after: { d: Date; i: number } | null = null;
  let sent = 0;
  while (sent < max) {
    const take = Math.min(pageSize, max - sent);
    const keyset: Prisma.Sql = after ? Prisma.sql`AND (e.start_date, e.id) < (${after.d}::date, ${after.i}::int)` : Prisma.empty;
    const ids = await getDb().$queryRaw<{ id: number; start_date: Date }[]>`
      SELECT e.id, e.start_date FROM event e WHERE ${await eventFilterSql(filter)} ${keyset}
      ORDER BY e.start_date DESC, e.id DESC LIMIT ${take}`;
    if (!ids.length) return;
    const rows = await getDb().event.findMany({ where: { id: { in: ids.map((r) => r.id) } }, include: eventDetailInclude });
    const byId = new Map(rows.map((r) => [r.id, r]));
    yield ids.flatMap(({ id }) => (byId.has(id) ? [toEventDto(byId.get(id)!)] : []));
    sent += ids.length;
    const last = ids.at(-1)!;
    after = { d: last.start_date, i: last.id };
    if (ids.length < take) return;
  }
}
