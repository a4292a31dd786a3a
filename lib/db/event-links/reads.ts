import 'server-only';
import type { Prisma } from '../generated/client.ts';
import type { DatePrecision, EventLinkKind } from '../../schemas/enums.ts';
import type { EventLinkLine } from '../../shapes/event.ts';
import { getDb } from '../core/client.ts';
import { LIVE, PUBLIC_EVENT_LINK } from '../core/visibility.ts';

const other = {
  select: { slug: true, title: true, titleKo: true, startDate: true, datePrecision: true },
} as const;

/**
 * The links of the event `slug`, both ways, oldest other event first. Readers see only links
 * whose two events are published and live; editors (`canSeeDrafts`) every live link whose
 * two events are live.
 */
export async function listEventLinks(
  slug: string,
  options: { canSeeDrafts?: boolean } = {},
): Promise<EventLinkLine[]> {
  const where: Prisma.EventLinkWhereInput = options.canSeeDrafts
    ? { ...LIVE, from: LIVE, to: LIVE }
    : PUBLIC_EVENT_LINK;
  const rows = await getDb().eventLink.findMany({
    where: { AND: [where, { OR: [{ from: { slug } }, { to: { slug } }] }] },
    select: { id: true, kind: true, note: true, from: other, to: other },
    orderBy: { id: 'asc' },
  });
  return rows
    .map((r) => {
      const out = r.from.slug === slug;
      const o = out ? r.to : r.from;
      return {
        id: r.id,
        kind: r.kind as EventLinkKind,
        direction: out ? ('out' as const) : ('in' as const),
        other: {
          slug: o.slug,
          title: o.title,
          titleKo: o.titleKo,
          date: o.startDate.toISOString().slice(0, 10),
          datePrecision: o.datePrecision as DatePrecision,
        },
        note: r.note,
      };
    })
    .sort((a, b) => a.other.date.localeCompare(b.other.date) || a.id - b.id);
}

/** A link drawn on the timeline: between two of the events it shows, by slug. */
export interface TimelineLink {
  from: string;
  to: string;
  kind: EventLinkKind;
}

/**
 * The live links whose two ends are both among `eventIds` (the events a timeline window
 * returns, already filtered to what the reader may see): one indexed query, nothing when
 * fewer than two events.
 */
export async function linksAmong(eventIds: number[]): Promise<TimelineLink[]> {
  if (eventIds.length < 2) return [];
  const rows = await getDb().eventLink.findMany({
    where: { ...LIVE, fromId: { in: eventIds }, toId: { in: eventIds } },
    select: { kind: true, from: { select: { slug: true } }, to: { select: { slug: true } } },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => ({ from: r.from.slug, to: r.to.slug, kind: r.kind as EventLinkKind }));
}
