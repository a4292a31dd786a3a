import 'server-only';
import { edgeIdOf } from '../../alliances/edge-id.ts';
import { layoutNetwork } from '../../alliances/network-geometry.ts';
import type { Point } from '../../alliances/force-layout.ts';
import { cachedRecentPerDataVersion } from '../core/read-cache.ts';
import { toIsoDate } from '../../dates.ts';
import { getDb } from '../core/client.ts';
import { Prisma } from '../generated/client.ts';
import { knownOnSql } from '../events/as-of.ts';
import { inTrashView, LIVE, PUBLISHED_LIVE, publishedLiveSql } from '../core/visibility.ts';
import type { AllianceEdge, AllianceNode, RelationDto } from '../../shapes/alliances.ts';

const relationInclude = {
  actorA: { select: { code: true } },
  actorB: { select: { code: true } },
  // Trashed sources leave every page; their links stay for a restore.
  sources: { where: { source: LIVE }, include: { source: true } },
  events: {
    include: {
      event: {
        select: { slug: true, title: true, startDate: true, publication: true, deletedAt: true },
      },
    },
  },
} satisfies Prisma.RelationInclude;

type RelationRow = Prisma.RelationGetPayload<{ include: typeof relationInclude }>;

function toRelationDto(r: RelationRow): RelationDto {
  return {
    key: r.key,
    title: r.title,
    a: r.actorA.code,
    b: r.actorB.code,
    kind: r.kind,
    status: r.status,
    start: toIsoDate(r.startDate),
    end: r.endDate ? toIsoDate(r.endDate) : null,
    notes: r.notes,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    trashedAt: r.deletedAt?.toISOString() ?? null,
    sources: r.sources.map(({ source: s }) => ({
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      publishedAt: s.publishedAt,
    })),
    events: r.events
      .filter(({ event: e }) => e.publication === 'published' && !e.deletedAt)
      .map(({ event: e }) => ({ slug: e.slug, title: e.title, date: toIsoDate(e.startDate) })),
    // Written only through the relation's schema (lib/schemas/relation.ts), so of its shape.
    obligations: r.obligations as RelationDto['obligations'],
    designations: r.designations as RelationDto['designations'],
  };
}

/** Relations in force on `at` (started on or before it, not ended before it). */
function inForce(at: string): Prisma.RelationWhereInput {
  const day = new Date(at);
  return {
    ...LIVE,
    startDate: { lte: day },
    OR: [{ endDate: null }, { endDate: { gte: day } }],
  };
}

/** One relation by key; `tx` to read inside a write's transaction. */
export async function getRelation(
  key: string,
  options: { tx?: Prisma.TransactionClient; includeTrashed?: boolean } = {},
): Promise<RelationDto | null> {
  const row = await (options.tx ?? getDb()).relation.findFirst({
    where: { key, ...(options.includeTrashed ? {} : LIVE) },
    include: relationInclude,
  });
  return row ? toRelationDto(row) : null;
}

/** Snapshot for a revision, read inside the write's transaction. */
export async function snapshotRelation(tx: Prisma.TransactionClient, id: number) {
  return toRelationDto(
    await tx.relation.findUniqueOrThrow({ where: { id }, include: relationInclude }),
  );
}

/** For editors: every relation, the trashed ones too when asked. */
export async function listRelationsForEditor(trashed: boolean): Promise<RelationDto[]> {
  const rows = await getDb().relation.findMany({
    where: { ...inTrashView(trashed) },
    include: relationInclude,
    orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
  });
  return rows.map(toRelationDto);
}

export async function listRelations(
  filter: { actor?: string; at?: string; kind?: string } = {},
): Promise<RelationDto[]> {
  const where: Prisma.RelationWhereInput = {
    ...LIVE,
    ...(filter.at ? inForce(filter.at) : {}),
    ...(filter.kind ? { kind: filter.kind as RelationRow['kind'] } : {}),
    ...(filter.actor
      ? { OR: [{ actorA: { code: filter.actor } }, { actorB: { code: filter.actor } }] }
      : {}),
  };
  const rows = await getDb().relation.findMany({
    where,
    include: relationInclude,
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toRelationDto);
}

const KIND_ORDER = [
  'treaty',
  'membership',
  'strategic_partnership',
  'military_cooperation',
  'arms_transfer',
  'sanctions_regime',
];

/**
 * The network on `at`: an edge for each pair bound by a relation in force then, or named
 * together in published events dated within [from, at]; its weight is that event count.
 * People are left out: the network is of states, alliances and organisations.
 */
export async function getAllianceNetwork(
  at: string,
  from: string,
  minEvents = 1,
  asOf?: string,
): Promise<{ nodes: AllianceNode[]; edges: AllianceEdge[] }> {
  // As of a day, only the events public by then weigh the edges.
  const known = asOf ? Prisma.sql`AND ${knownOnSql('e')} <= ${asOf}::date` : Prisma.empty;
  const db = getDb();
  const [relations, pairs] = await Promise.all([
    db.relation.findMany({
      where: inForce(at),
      include: relationInclude,
      orderBy: { startDate: 'asc' },
    }),
    db.$queryRaw<{ a: string; b: string; count: bigint }[]>`
      SELECT x.code AS a, y.code AS b, count(DISTINCT e.id) AS count
      FROM event e
      JOIN event_actor ea ON ea.event_id = e.id
      JOIN event_actor eb ON eb.event_id = e.id AND ea.actor_id < eb.actor_id
      JOIN actor x ON x.id = ea.actor_id AND x.kind <> 'person'
      JOIN actor y ON y.id = eb.actor_id AND y.kind <> 'person'
      WHERE ${publishedLiveSql('e')}
        AND e.start_date BETWEEN ${new Date(from)}::date AND ${new Date(at)}::date ${known}
      GROUP BY x.code, y.code`,
  ]);
  const edges = new Map<string, AllianceEdge>();
  const edgeFor = (a: string, b: string) => {
    const id = edgeIdOf(a, b);
    if (!edges.has(id)) {
      const [first, second] = id.split('-');
      edges.set(id, { id, a: first, b: second, relations: [], eventCount: 0 });
    }
    return edges.get(id)!;
  };
  for (const r of relations) edgeFor(r.actorA.code, r.actorB.code).relations.push(toRelationDto(r));
  for (const p of pairs) {
    const count = Number(p.count);
    if (count >= minEvents || edges.has(edgeIdOf(p.a, p.b))) edgeFor(p.a, p.b).eventCount = count;
  }
  // The strongest bond first: it gives the edge its colour.
  for (const e of edges.values())
    e.relations.sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind));
  const codes = new Set([...edges.values()].flatMap((e) => [e.a, e.b]));
  const nodes = await db.actor.findMany({
    where: { code: { in: [...codes] } },
    select: { code: true, name: true, nameKo: true, kind: true, color: true },
    orderBy: { code: 'asc' },
  });
  return { nodes, edges: [...edges.values()].sort((x, y) => x.id.localeCompare(y.id)) };
}

/**
 * Positions for every actor linked at any time up to today (relations in force today, events
 * of any date): the network of each date is drawn at these, so nothing jumps as the slider
 * moves. Counting every pair of actors over all events takes seconds at a million events, so
 * after a change the previous positions answer while new ones are made (a network with an
 * actor they lack is laid out afresh: lib/alliances/network-geometry.ts).
 */
export const getAllianceAnchors = cachedRecentPerDataVersion(
  'getAllianceAnchors',
  async (minEvents: number): Promise<Record<string, Point>> => {
    const today = new Date().toISOString().slice(0, 10);
    const all = await getAllianceNetwork(today, '1900-01-01', minEvents);
    return Object.fromEntries(layoutNetwork(all.nodes, all.edges));
  },
);

/** The published events naming both actors within [from, at], newest first. */
export async function listEdgeEvents(a: string, b: string, from: string, at: string) {
  const rows = await getDb().event.findMany({
    where: {
      ...PUBLISHED_LIVE,
      startDate: { gte: new Date(from), lte: new Date(at) },
      AND: [
        { actors: { some: { actor: { code: a } } } },
        { actors: { some: { actor: { code: b } } } },
      ],
    },
    select: { slug: true, title: true, titleKo: true, startDate: true, status: true },
    orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
    take: 100,
  });
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    titleKo: r.titleKo,
    date: toIsoDate(r.startDate),
    status: r.status,
  }));
}

/** Published events with coordinates dated within [from, at], for the map. */
export async function listLocatedEvents(from: string, at: string) {
  const rows = await getDb().event.findMany({
    where: {
      ...PUBLISHED_LIVE,
      lat: { not: null },
      lon: { not: null },
      startDate: { gte: new Date(from), lte: new Date(at) },
    },
    select: { slug: true, title: true, titleKo: true, lat: true, lon: true },
    take: 2000,
  });
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    titleKo: r.titleKo,
    lat: r.lat!,
    lon: r.lon!,
  }));
}

/** States that can be the map's focus. */
export async function listStates() {
  return getDb().actor.findMany({
    where: { kind: 'state', ...LIVE },
    select: { code: true, name: true, nameKo: true, color: true },
    orderBy: { name: 'asc' },
  });
}
