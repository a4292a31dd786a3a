import 'server-only';
import { windowBounds, type EventFilter } from '../schemas/event-query.ts';
import { Prisma } from './generated/client.ts';

// SQL conditions for the reader filters, shared by the list, the timeline, exports and the
// feed so all of them agree on what "matching" means. Always applied to `event e`.

/** The last day an event covers: its end date, else the whole month/year its precision implies. */
export const EFFECTIVE_END = Prisma.sql`coalesce(e.end_date, CASE e.date_precision
  WHEN 'year' THEN (date_trunc('year', e.start_date) + interval '1 year - 1 day')::date
  WHEN 'month' THEN (date_trunc('month', e.start_date) + interval '1 month - 1 day')::date
  ELSE e.start_date END)`;

export function tsQuery(q: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('english', ${q})`;
}

/**
 * Published, untrashed events matching every given filter. Within one kind the values are
 * alternatives (actor=KP&actor=RU: either); kinds combine (actor and status). A date range
 * keeps events that overlap it, so a year-precision event counts in each month of its year.
 */
export function eventFilterSql(filter: EventFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`e.deleted_at IS NULL AND e.publication = 'published'`];
  const { start, end } = windowBounds(filter);
  if (end) parts.push(Prisma.sql`e.start_date <= ${end}::date`);
  if (start) parts.push(Prisma.sql`${EFFECTIVE_END} >= ${start}::date`);
  if (filter.actor.length) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM event_actor ea JOIN actor a ON a.id = ea.actor_id
      WHERE ea.event_id = e.id AND a.code IN (${Prisma.join(filter.actor)}))`);
  }
  if (filter.tag.length) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM event_tag et JOIN tag t ON t.id = et.tag_id
      WHERE et.event_id = e.id AND t.slug IN (${Prisma.join(filter.tag)}))`);
  }
  if (filter.status.length) parts.push(Prisma.sql`e.status::text IN (${Prisma.join(filter.status)})`);
  if (filter.q) parts.push(Prisma.sql`e.search_vector @@ ${tsQuery(filter.q)}`);
  return Prisma.join(parts, ' AND ');
}
