import 'server-only';
import { Prisma } from '../generated/client.ts';

// Who may see a row, written once: trashed rows (deleted_at set) leave every page and list
// but stay for a restore; readers see only published events. Prisma filters for `where`,
// SQL fragments for raw queries (with the table's alias where the query names one).

/** Not in the trash. */
export const LIVE = { deletedAt: null } as const;

/** In the trash. */
export const TRASHED = { deletedAt: { not: null } } as const;

/** The live rows, or the trashed ones when `trashed` (the editors' trash views). */
export const inTrashView = (trashed: boolean) => (trashed ? TRASHED : LIVE);

/** An event readers may see: published and not trashed. */
export const PUBLISHED_LIVE = { ...LIVE, publication: 'published' } as const;

/** A quote readers may see: not trashed, and standing alone or said at an event they may see. */
export const PUBLIC_QUOTE = {
  ...LIVE,
  OR: [{ eventId: null }, { event: PUBLISHED_LIVE }],
} satisfies Prisma.QuoteWhereInput;

/** An estimate readers may see: not trashed, and standing alone or made at an event they may see. */
export const PUBLIC_ESTIMATE = {
  ...LIVE,
  OR: [{ eventId: null }, { event: PUBLISHED_LIVE }],
} satisfies Prisma.EstimateWhereInput;

/** A link between events readers may see: not trashed, and both its events published and live. */
export const PUBLIC_EVENT_LINK = {
  ...LIVE,
  from: PUBLISHED_LIVE,
  to: PUBLISHED_LIVE,
} satisfies Prisma.EventLinkWhereInput;

/**
 * A source readers may see: not trashed, and cited by something they may see (an event,
 * a status change of one, a quote, a relation or a trade figure). A source cited only by
 * drafts or trashed records stays hidden, as if it did not exist.
 */
export const PUBLIC_SOURCE = {
  ...LIVE,
  OR: [
    { events: { some: { event: PUBLISHED_LIVE } } },
    { statusChanges: { some: { event: PUBLISHED_LIVE } } },
    { quotes: { some: { quote: PUBLIC_QUOTE } } },
    { relations: { some: { relation: LIVE } } },
    { trade: { some: LIVE } },
    { estimates: { some: PUBLIC_ESTIMATE } },
    { eventLinks: { some: PUBLIC_EVENT_LINK } },
  ],
} satisfies Prisma.SourceWhereInput;

const column = (alias: string | undefined, name: string) =>
  Prisma.raw(alias ? `${alias}.${name}` : name);

/** SQL: the row (of `alias`, when given) is not in the trash. */
export const liveSql = (alias?: string) => Prisma.sql`${column(alias, 'deleted_at')} IS NULL`;

/** SQL: the event (of `alias`, when given) is published and not in the trash. */
export const publishedLiveSql = (alias?: string) =>
  Prisma.sql`${column(alias, 'deleted_at')} IS NULL AND ${column(alias, 'publication')} = 'published'`;
