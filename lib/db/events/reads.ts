import 'server-only';
import { toIsoDate, type DatePrecision } from '../../dates.ts';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import type { Prisma } from '../generated/client.ts';
import { loadSummaries } from './list.ts';
import type { Tx } from '../core/revisions.ts';
import { LIVE, PUBLISHED_LIVE, publishedLiveSql } from '../core/visibility.ts';
import type { EventDto, EventSummary } from '../../shapes/event.ts';

/** Everything an event page and the event shape of the API need, in one query. */
export const eventDetailInclude = {
  // Explicit orders, so every read of an event (and each revision snapshot) lists the same way.
  actors: {
    include: {
      actor: { select: { code: true, name: true, nameKo: true, kind: true, color: true } },
    },
    orderBy: { actorId: 'asc' },
  },
  // Trashed tags and sources leave every page (their links stay, for a restore).
  tags: {
    where: { tag: LIVE },
    include: { tag: { select: { slug: true, name: true } } },
    orderBy: { tagId: 'asc' },
  },
  sources: {
    where: { source: LIVE },
    include: { source: true },
    // The primary source (the record of the statement itself) first.
    orderBy: [{ isPrimary: 'desc' }, { source: { publishedAt: 'asc' } }, { sourceId: 'asc' }],
  },
  quotes: {
    where: LIVE,
    include: {
      sources: {
        where: { source: LIVE },
        include: { source: true },
        orderBy: { sourceId: 'asc' },
      },
    },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
  },
  // Put in the order they took effect by toEventDto.
  statusChanges: { include: { source: true }, orderBy: [{ changedAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.EventInclude;

export type EventRow = Prisma.EventGetPayload<{ include: typeof eventDetailInclude }>;
type SourceRow = EventRow['sources'][number]['source'];

function sourceDto(s: SourceRow) {
  return {
    key: s.key,
    publisher: s.publisher,
    title: s.title,
    titleIsDescriptive: s.titleIsDescriptive,
    url: s.url,
    publishedAt: s.publishedAt,
    reliability: s.reliability,
    gradeReason: s.gradeReason ?? null,
    archiveUrl: s.archiveUrl,
  };
}

type Change = EventRow['statusChanges'][number];
const effectiveDay = (c: Change) =>
  c.effectiveDate ? toIsoDate(c.effectiveDate) : toIsoDate(c.changedAt);

/** Status changes in the order they took effect (then as recorded). */
function inEffectOrder(changes: Change[]): Change[] {
  return [...changes].sort(
    (a, b) =>
      effectiveDay(a).localeCompare(effectiveDay(b)) ||
      a.changedAt.getTime() - b.changedAt.getTime() ||
      a.id - b.id,
  );
}

/** The one event shape of the API, import, export and revisions (DESIGN.md). */
export function toEventDto(e: EventRow) {
  return {
    slug: e.slug,
    title: e.title,
    summary: e.summary,
    titleKo: e.titleKo,
    summaryKo: e.summaryKo,
    date: toIsoDate(e.startDate),
    endDate: e.endDate ? toIsoDate(e.endDate) : null,
    datePrecision: e.datePrecision as DatePrecision,
    status: e.status,
    publication: e.publication,
    location: e.locationName ? { name: e.locationName, lat: e.lat, lon: e.lon } : null,
    importance: e.importance,
    confidence: e.confidence,
    notes: e.notes,
    actors: e.actors.map((a) => ({
      code: a.actor.code,
      name: a.actor.name,
      nameKo: a.actor.nameKo,
      kind: a.actor.kind,
      color: a.actor.color,
      role: a.role,
    })),
    tags: e.tags.map((t) => t.tag.slug),
    sources: e.sources.map((s) => ({
      ...sourceDto(s.source),
      credibility: s.credibility,
      primary: s.isPrimary ?? false,
    })),
    quotes: e.quotes.map((q) => ({
      key: q.key,
      speaker: q.speaker,
      role: q.role,
      text: q.text,
      isFragment: q.isFragment,
      language: q.language,
      translation: q.translation,
      date: q.date,
      venue: q.venue,
      quotedVia: q.quotedVia,
      isVerified: q.isVerified,
      confidence: q.confidence,
      notes: q.notes,
      sources: q.sources.map((qs) => sourceDto(qs.source)),
    })),
    statusHistory: inEffectOrder(e.statusChanges).map((c) => ({
      from: c.fromStatus,
      to: c.toStatus,
      at: c.changedAt.toISOString(),
      effectiveDate: c.effectiveDate ? toIsoDate(c.effectiveDate) : null,
      reason: c.reason,
      source: c.source ? sourceDto(c.source) : null,
    })),
    version: e.version,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

/** Readers see published, untrashed events only; editors also see drafts. */
function visibleTo(canSeeDrafts: boolean): Prisma.EventWhereInput {
  return canSeeDrafts ? LIVE : PUBLISHED_LIVE;
}

async function loadEvent(
  slug: string,
  options: { canSeeDrafts?: boolean } = {},
): Promise<EventDto | null> {
  const event = await getDb().event.findFirst({
    where: { slug, ...visibleTo(options.canSeeDrafts ?? false) },
    include: eventDetailInclude,
  });
  return event ? toEventDto(event) : null;
}

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const getEvent = cachedPerDataVersion('getEvent', loadEvent);

/** Snapshot for a revision, read inside the write's transaction. */
export async function snapshotEvent(tx: Tx, id: number): Promise<EventDto> {
  return toEventDto(
    await tx.event.findUniqueOrThrow({ where: { id }, include: eventDetailInclude }),
  );
}

/** Most recent first (by the date the event happened, then newest record). */
async function loadLatestEvents(limit = 12): Promise<EventSummary[]> {
  // SQL with the reader condition written out: Prisma sends `publication` as a parameter cast
  // to the enum, which the planner cannot match to the readers' partial index on
  // (start_date, id), so it sorted the whole table (300 ms at 200,000 events).
  const rows = await getDb().$queryRaw<{ id: number }[]>`
    SELECT e.id FROM event e WHERE ${publishedLiveSql('e')}
    ORDER BY e.start_date DESC, e.id DESC LIMIT ${limit}`;
  const summaries = await loadSummaries(rows.map((r) => r.id));
  return rows.flatMap((r) => summaries.get(r.id) ?? []);
}

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const listLatestEvents = cachedPerDataVersion('listLatestEvents', loadLatestEvents);
