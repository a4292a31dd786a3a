import 'server-only';
import { Prisma } from '../generated/client.ts';

// "As of a date": what was publicly known on a day. An event is known from the day its first
// source was published (a source dated only to a month or year counts from that period's
// last day: before then we cannot say it was out); an event with no dated source, from its
// own start. Its status then is the last change in force by that day, dated by the source
// that moved it (else by when it was recorded). SQL fragments on `event e`.

const column = (alias: string, name: string) => Prisma.raw(`${alias}.${name}`);

/** SQL: the last day of a source's partial publication date (YYYY, YYYY-MM or YYYY-MM-DD). */
export const publishedEndSql = (alias = 's') => {
  const p = column(alias, 'published_at');
  return Prisma.sql`(CASE length(${p})
    WHEN 10 THEN ${p}::date
    WHEN 7 THEN ((${p} || '-01')::date + interval '1 month' - interval '1 day')::date
    ELSE (${p} || '-12-31')::date END)`;
};

/** SQL: the day the event became public. */
export const knownOnSql = (alias = 'e') => Prisma.sql`coalesce((
    SELECT min(${publishedEndSql('ks')}) FROM event_source kes JOIN source ks ON ks.id = kes.source_id
    WHERE kes.event_id = ${column(alias, 'id')} AND ks.deleted_at IS NULL AND ks.published_at IS NOT NULL
  ), ${column(alias, 'start_date')})`;

/** SQL: the day a status change took effect (its source's date, else the day it was recorded). */
const effectiveSql = Prisma.sql`coalesce(sc.effective_date, sc.changed_at::date)`;

/** SQL (text): the event's claim status in force on `asOf`; "reported" before any change took effect. */
export const statusAtSql = (asOf: string, alias = 'e') => Prisma.sql`coalesce((
    SELECT sc.to_status::text FROM status_change sc
    WHERE sc.event_id = ${column(alias, 'id')} AND ${effectiveSql} <= ${asOf}::date
    ORDER BY ${effectiveSql} DESC, sc.id DESC LIMIT 1
  ), 'reported')`;
