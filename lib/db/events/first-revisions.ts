import 'server-only';
import type { EventInput } from '../../schemas/event.ts';
import { toEventDto, type EventRow } from './reads.ts';
import { toQuoteSnapshot, type QuoteRow } from '../quotes/spec.ts';
import type { SourceRow } from './bulk-cited.ts';

// The first revisions of an import's new events and quotes: the snapshots createEvent writes
// (toEventDto and toQuoteSnapshot of the stored rows), put together from the rows the import
// writes instead of read back (the slowest part otherwise).

/** The quote fields of the event form, as their own columns (`source` is the link). */
export type QuoteFields = Omit<EventInput['quotes'][number], 'source'>;

/** The rows an import writes, by table, keyed by Prisma field names (json-insert.ts). */
export interface Rows {
  /** eventColumns (the one list of an event's own columns), its id and who made it. */
  events: Record<string, unknown>[];
  eventActors: { eventId: number; actorId: number; role: string }[];
  eventTags: { eventId: number; tagId: number }[];
  eventSources: { eventId: number; sourceId: number; credibility: number | null }[];
  statuses: {
    eventId: number;
    toStatus: string;
    reason: string;
    sourceId: number | null;
    effectiveDate: Date | null;
    changedById: number | null;
  }[];
  quotes: ({ id: number; eventId: number } & QuoteFields)[];
  quoteSources: { quoteId: number; sourceId: number }[];
}

export type Revisions = { id: number; snapshot: unknown }[];

/**
 * The first revision of each new event and quote: the snapshot createEvent writes (toEventDto
 * and toQuoteSnapshot of the stored rows), from the rows just written rather than read back.
 */
export function firstSnapshots(
  made: Rows & {
    now: Date;
    actorRows: Map<number, EventRow['actors'][number]['actor']>;
    tags: Map<string, number>;
    sources: Map<number, SourceRow>;
  },
): { events: Revisions; quotes: Revisions } {
  const { now, sources } = made;
  // The link rows of each event, grouped once (a scan of every list per event is quadratic).
  const actorsOf = groupBy(made.eventActors, (x) => x.eventId);
  const tagsOf = groupBy(made.eventTags, (x) => x.eventId);
  const sourcesOf = groupBy(made.eventSources, (x) => x.eventId);
  const quotesOf = groupBy(made.quotes, (x) => x.eventId);
  const quoteSource = new Map(made.quoteSources.map((x) => [x.quoteId, x.sourceId]));
  const eventIndex = new Map(made.events.map((e, i) => [e.id as number, i]));
  const slugOf = new Map([...made.tags].map(([slug, id]) => [id, slug]));
  const source = (id: number | null) => (id ? sources.get(id)! : null);
  const quotes = made.quotes.map((q) => {
    const sourceId = quoteSource.get(q.id);
    const cited = sourceId ? source(sourceId)! : null;
    const row = {
      ...QUOTE_DEFAULTS,
      ...q,
      createdAt: now,
      updatedAt: now,
      speakerActor: null,
      event: { slug: made.events[eventIndex.get(q.eventId)!].slug as string },
      sources: cited
        ? [{ source: { id: cited.id, publisher: cited.publisher, title: cited.title } }]
        : [],
    } as unknown as QuoteRow;
    return { id: q.id, snapshot: toQuoteSnapshot(row) };
  });
  const events = made.events.map((columns, i) => {
    const id = columns.id as number;
    const status = made.statuses[i];
    // The scalar columns spread last: an object literal that starts with a spread and then
    // adds properties is built property by property (about 50 µs per event); the keys do
    // not overlap.
    const row = {
      version: 1,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      actors: (actorsOf.get(id) ?? [])
        .map((a) => ({ ...a, actor: made.actorRows.get(a.actorId)! }))
        .sort((a, b) => a.actorId - b.actorId),
      tags: (tagsOf.get(id) ?? [])
        .map((t) => ({ ...t, tag: { slug: slugOf.get(t.tagId)!, name: '' } }))
        .sort((a, b) => a.tagId - b.tagId),
      sources: (sourcesOf.get(id) ?? [])
        .map((s) => ({ ...s, isPrimary: false, source: source(s.sourceId)! }))
        .sort(
          (a, b) =>
            byNullableText(a.source.publishedAt, b.source.publishedAt) || a.sourceId - b.sourceId,
        ),
      quotes: (quotesOf.get(id) ?? [])
        .map((q) => ({
          ...QUOTE_DEFAULTS,
          ...q,
          createdAt: now,
          updatedAt: now,
          sources: quoteSource.has(q.id)
            ? [
                {
                  quoteId: q.id,
                  sourceId: quoteSource.get(q.id)!,
                  source: source(quoteSource.get(q.id)!)!,
                },
              ]
            : [],
        }))
        .sort((a, b) => byNullableText(a.date, b.date) || a.id - b.id),
      statusChanges: [
        {
          ...status,
          id: 0,
          fromStatus: null,
          changedAt: now,
          source: source(status.sourceId),
        },
      ],
      ...columns,
    } as unknown as EventRow;
    return { id, snapshot: toEventDto(row) };
  });
  return { events, quotes };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Postgres' ascending order for text: nulls last. */
function byNullableText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Columns a quote made from the event form takes from their defaults. */
const QUOTE_DEFAULTS = {
  key: null,
  isFragment: false,
  quotedVia: null,
  isVerified: false,
  confidence: 'medium',
  notes: null,
  speakerActorId: null,
  deletedAt: null,
  version: 1,
};
