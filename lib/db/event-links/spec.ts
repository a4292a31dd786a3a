import 'server-only';
import { InvalidInput, NotFound } from '../../errors.ts';
import {
  eventLinkInputSchema,
  eventLinkUpdateSchema,
  type EventLinkInput,
} from '../../schemas/event-link.ts';
import { EVENT_LINK_LABELS, type EventLinkKind } from '../../schemas/enums.ts';
import type { RecordDelegate, RecordSpec } from '../versioned/writes.ts';
import type { Tx } from '../core/revisions.ts';
import { assertSources, byId, byIdOrder, iso } from '../versioned/links.ts';
import { LIVE, PUBLIC_EVENT_LINK } from '../core/visibility.ts';

const end = { select: { slug: true, title: true } } as const;

/** Revision snapshots of event links, in the order of `ids`. */
export async function snapshotEventLinks(tx: Tx, ids: number[]) {
  const rows = await tx.eventLink.findMany({
    where: { id: { in: ids } },
    include: {
      from: end,
      to: end,
      source: { select: { publisher: true, title: true } },
    },
  });
  return byIdOrder(ids, rows).map((l) => ({
    id: l.id,
    from: l.from.slug,
    fromTitle: l.from.title,
    to: l.to.slug,
    toTitle: l.to.title,
    kind: l.kind as EventLinkKind,
    note: l.note,
    source: l.sourceId,
    sourceTitle: l.source ? `${l.source.publisher}: ${l.source.title}` : null,
    version: l.version,
    updatedAt: l.updatedAt.toISOString(),
    trashedAt: iso(l.deletedAt),
  }));
}

async function snapshotEventLink(tx: Tx, id: number) {
  const [link] = await snapshotEventLinks(tx, [id]);
  if (!link) throw new NotFound('Event link');
  return link;
}

export type EventLinkDto = Awaited<ReturnType<typeof snapshotEventLink>>;

/** Live events by slug; an unknown (or trashed) one is a field error on `from` or `to`. */
async function endIds(tx: Tx, l: EventLinkInput) {
  const rows = await tx.event.findMany({
    where: { slug: { in: [l.from, l.to] }, ...LIVE },
    select: { id: true, slug: true },
  });
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  const errors: Record<string, string> = {};
  for (const field of ['from', 'to'] as const)
    if (!ids.has(l[field]))
      errors[field] = `No event with the slug "${l[field]}" (or it is in the trash)`;
  if (Object.keys(errors).length) throw new InvalidInput(errors);
  return { fromId: ids.get(l.from)!, toId: ids.get(l.to)! };
}

/** The same two events linked the same way already (trashed links included: restore those). */
async function assertNoTwin(tx: Tx, l: EventLinkInput, selfId?: number) {
  const twin = await tx.eventLink.findFirst({
    where: {
      from: { slug: l.from },
      to: { slug: l.to },
      kind: l.kind,
      ...(selfId !== undefined && { id: { not: selfId } }),
    },
    select: { id: true, deletedAt: true },
  });
  if (twin)
    throw new InvalidInput({
      to: twin.deletedAt
        ? `These events are already linked this way (link No. ${twin.id}, in the trash: restore it)`
        : `These events are already linked this way (link No. ${twin.id})`,
    });
}

async function eventLinkColumns(tx: Tx, l: EventLinkInput) {
  const { fromId, toId } = await endIds(tx, l);
  if (l.source !== null) await assertSources(tx, [l.source], 'source');
  return { fromId, toId, kind: l.kind, note: l.note, sourceId: l.source };
}

export function eventLinkToInput(l: EventLinkDto): Record<string, unknown> {
  return { from: l.from, to: l.to, kind: l.kind, note: l.note, source: l.source };
}

export const EVENT_LINK_SPEC: RecordSpec<EventLinkInput, EventLinkDto> = {
  kind: 'link',
  entityType: 'event_link',
  label: 'Event link',
  permission: 'links.write',
  schema: eventLinkInputSchema,
  updateSchema: eventLinkUpdateSchema,
  model: (tx) => tx.eventLink as unknown as RecordDelegate,
  where: byId,
  publicWhere: PUBLIC_EVENT_LINK,
  keyOf: (l) => String(l.id),
  columns: eventLinkColumns,
  beforeCreate: (tx, l) => assertNoTwin(tx, l),
  beforeUpdate: (tx, id, l) => assertNoTwin(tx, l, id),
  snapshot: snapshotEventLink,
  toInput: eventLinkToInput,
  duplicate: { to: 'These events are already linked this way (possibly in the trash)' },
  list: {
    search: (q) =>
      q
        ? {
            OR: [
              { from: { slug: { contains: q, mode: 'insensitive' } } },
              { to: { slug: { contains: q, mode: 'insensitive' } } },
              { note: { contains: q, mode: 'insensitive' } },
            ],
          }
        : {},
    select: {
      id: true,
      kind: true,
      updatedAt: true,
      from: { select: { slug: true, title: true } },
      to: { select: { slug: true, title: true } },
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    toRow: (r: {
      id: number;
      kind: EventLinkKind;
      updatedAt: Date;
      from: { slug: string; title: string };
      to: { slug: string; title: string };
    }) => ({
      key: String(r.id),
      title: `${r.from.title} → ${EVENT_LINK_LABELS[r.kind].toLowerCase()} → ${r.to.title}`,
      detail: [{ t: 'rowDetail.number', v: { id: r.id } }, `${r.from.slug} → ${r.to.slug}`],
      updatedAt: r.updatedAt.toISOString(),
    }),
  },
};
