import 'server-only';
import { InvalidInput, ReviewRequired } from '../../errors.ts';
import type { EventInput } from '../../schemas/event.ts';
import { Prisma } from '../generated/client.ts';
import { eventColumns, firstDayOf } from './content.ts';
import { eventDetailInclude, toEventDto, type EventRow } from './reads.ts';
import { toQuoteSnapshot, type QuoteRow } from '../quotes/spec.ts';
import { inTrash, liveActorIds } from '../versioned/links.ts';
import { needsRegrade, regradeSource, urlKeysOf } from '../sources/writes.ts';
import { snapshotSource, snapshotSources } from '../sources/spec.ts';
import { snapshotTags } from '../tags/spec.ts';
import { insertJsonRows } from '../core/json-insert.ts';
import { recordCreations, type Tx } from '../core/revisions.ts';
import { isReviewRequired } from '../core/settings.ts';
import { LIVE } from '../core/visibility.ts';

// The import's path for new events: the same rows as createEvent (event, actors, tags,
// sources, quotes with their sources, first status entry, and a revision for every record
// made), written with one set-based statement per table (each table's rows as one JSON
// parameter) instead of a dozen statements per event. Runs inside the caller's transaction;
// the caller has already checked each row (schema, known actors, free slugs).
// import.test.ts checks that the result equals createEvent's, field by field.

/** Tag ids by slug, new ones created (with revisions); a trashed tag is refused, as in the editor. */
async function resolveTags(
  tx: Tx,
  inputs: EventInput[],
  userId: number | null,
): Promise<Map<string, number>> {
  const slugs = [...new Set(inputs.flatMap((i) => i.tags))];
  const existing = await tx.tag.findMany({
    where: { slug: { in: slugs } },
    select: { id: true, slug: true, deletedAt: true },
  });
  const trashed = existing.find((t) => t.deletedAt);
  if (trashed) throw inTrash('tags', 'tag', trashed.slug);
  // Sorted, so two imports creating the same tags lock them in one order; a tag another
  // import committed meanwhile is skipped here and read back below.
  const missing = slugs.filter((s) => !existing.some((t) => t.slug === s)).sort();
  const created = missing.length
    ? await tx.$queryRaw<{ id: number; slug: string }[]>`
        INSERT INTO tag (slug, name, updated_at)
        SELECT s, replace(s, '-', ' '), now() FROM unnest(${missing}::text[]) WITH ORDINALITY AS x(s, n)
        ORDER BY n
        ON CONFLICT (slug) DO NOTHING
        RETURNING id, slug`
    : [];
  const raced = missing.filter((s) => !created.some((t) => t.slug === s));
  if (raced.length)
    existing.push(
      ...(await tx.tag.findMany({
        where: { slug: { in: raced } },
        select: { id: true, slug: true, deletedAt: true },
      })),
    );
  const snapshots = await snapshotTags(
    tx,
    created.map((t) => t.id),
  );
  await recordCreations(
    tx,
    'tag',
    created.map((t, i) => ({ id: t.id, snapshot: snapshots[i] })),
    userId,
  );
  return new Map([...existing, ...created].map((t) => [t.slug, t.id]));
}

type Cited = { url: string | null; publisher: string; title: string };
type SourceRow = EventRow['sources'][number]['source'];

/** Which source each citation names (by URL, its normalised key, else by publisher and title), and its row. */
interface Sources {
  of(s: Cited): number;
  ofUrl(url: string): number | undefined;
  /** The full row of every cited source, as it is after this import's regrades. */
  rows: Map<number, SourceRow>;
}

/**
 * Ids of the inputs' sources, found by URL (normalised: `https://X.org/a/?utm_source=y` is
 * `https://x.org/a`) or by publisher and title, or created (with revisions). A URL another
 * import is writing at the same moment is waited for and linked (ON CONFLICT on the unique
 * key), so two imports citing one new URL end with one source.
 */
async function resolveSources(
  tx: Tx,
  inputs: EventInput[],
  userId: number | null,
): Promise<Sources> {
  const urls = [
    ...new Set(inputs.flatMap((i) => [...i.sources.map((s) => s.url), i.statusSourceUrl])),
  ].filter((u): u is string => !!u);
  const urlKeys = await urlKeysOf(tx, urls);
  const keyOf = (s: Cited) =>
    s.url ? `u:${urlKeys.get(s.url)}` : `p:${s.publisher}\u0000${s.title}`;
  const wanted = new Map<string, EventInput['sources'][number]>();
  for (const i of inputs)
    for (const s of i.sources) if (!wanted.has(keyOf(s))) wanted.set(keyOf(s), s);
  const ids = new Map<string, number>();
  const result: Sources = {
    of: (s) => ids.get(keyOf(s))!,
    ofUrl: (url) => ids.get(`u:${urlKeys.get(url)}`),
    rows: new Map(),
  };
  if (!wanted.size) return result;
  const all = [...wanted.values()];
  const keys = [...new Set(urlKeys.values())];
  // Full rows: the snapshots of the events citing them show them.
  const existing = keys.length
    ? await tx.source.findMany({ where: { urlKey: { in: keys }, ...LIVE } })
    : [];
  for (const e of existing) {
    ids.set(`u:${e.urlKey}`, e.id);
    result.rows.set(e.id, e);
  }
  for (const s of all.filter((s) => !s.url)) {
    const found = await tx.source.findFirst({
      where: { publisher: s.publisher, title: s.title, url: null, ...LIVE },
    });
    if (found) {
      ids.set(keyOf(s), found.id);
      result.rows.set(found.id, found);
    }
  }
  // As in the editor: a new grade or date for a known source is saved through the source's
  // own write (with its revision). Rare in an import, so one at a time.
  const changed: number[] = [];
  for (const [key, id] of ids) {
    const s = wanted.get(key);
    if (s && needsRegrade(result.rows.get(id)!, s)) {
      await regradeSource(tx, await snapshotSource(tx, id), s, userId);
      changed.push(id);
    }
  }
  // In URL-key order: two imports inserting the same new URLs then take their locks in the
  // same order (in file order, two files citing A, B and B, A deadlocked).
  const orderKey = (s: Cited) => (s.url ? urlKeys.get(s.url)! : '');
  const missing = all
    .filter((s) => !ids.has(keyOf(s)))
    .sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : orderKey(a) > orderKey(b) ? 1 : 0));
  // As in the editor: a second copy of a trashed source would split its history.
  const unlinked = missing.filter((s) => !s.url);
  const [trashed] = missing.length
    ? await tx.$queryRaw<{ title: string }[]>`
        SELECT title FROM source WHERE deleted_at IS NOT NULL
          AND (url_key = ANY (${missing.flatMap((s) => (s.url ? [urlKeys.get(s.url)!] : []))}::text[])
               OR (url IS NULL AND (publisher, title) IN (SELECT * FROM unnest(${unlinked.map((s) => s.publisher)}::text[], ${unlinked.map((s) => s.title)}::text[]))))
          AND NOT EXISTS (SELECT 1 FROM source l WHERE l.url_key = source.url_key AND l.deleted_at IS NULL)
        LIMIT 1`
    : [];
  if (trashed) throw inTrash('sources', 'source', trashed.title);
  if (missing.length) {
    // A URL committed by a concurrent import meanwhile is skipped here and read back below.
    const created = await tx.$queryRaw<(Cited & { id: number })[]>`
      INSERT INTO source (publisher, title, url, published_at, reliability, updated_at)
      SELECT p, t, u, pa, r::"Reliability", now()
      FROM unnest(${missing.map((s) => s.publisher)}::text[], ${missing.map((s) => s.title)}::text[], ${missing.map((s) => s.url)}::text[],
                  ${missing.map((s) => s.publishedAt)}::text[], ${missing.map((s) => s.reliability)}::text[]) WITH ORDINALITY AS x(p, t, u, pa, r, n)
      ORDER BY n
      ON CONFLICT (url_key) WHERE deleted_at IS NULL DO NOTHING
      RETURNING id, url, publisher, title`;
    for (const c of created) ids.set(keyOf(c), c.id);
    const raced = missing.filter((s) => !ids.has(keyOf(s)));
    if (raced.length)
      for (const r of await tx.source.findMany({
        where: { urlKey: { in: raced.map((s) => urlKeys.get(s.url!)!) }, ...LIVE },
        select: { id: true, urlKey: true },
      }))
        ids.set(`u:${r.urlKey}`, r.id);
    const snapshots = await snapshotSources(
      tx,
      created.map((c) => c.id),
    );
    await recordCreations(
      tx,
      'source',
      snapshots.map((snapshot) => ({ id: snapshot.id, snapshot })),
      userId,
    );
  }
  const unread = [...new Set(ids.values())].filter((id) => !result.rows.has(id));
  const reread = [...changed, ...unread];
  if (reread.length)
    for (const row of await tx.source.findMany({ where: { id: { in: reread } } }))
      result.rows.set(row.id, row);
  return result;
}

/** The quote fields of the event form, as their own columns (`source` is the link). */
type QuoteFields = Omit<EventInput['quotes'][number], 'source'>;

/** The rows an import writes, by table, keyed by Prisma field names (json-insert.ts). */
interface Rows {
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

/**
 * Creates the events of an import with one set-based statement per table: the same rows as
 * createEvent (event, actors, tags, sources, quotes with their sources, first status entry,
 * and a revision for every record made). The ids and the transaction's clock are taken
 * first, so every row is written and every snapshot put together without reading back.
 */
export async function createEventsInBulk(
  tx: Tx,
  inputs: EventInput[],
  userId: number | null,
): Promise<void> {
  if (!inputs.length) return;
  if (inputs.some((i) => i.publication === 'published') && (await isReviewRequired(tx)))
    throw new ReviewRequired();
  const taken = await tx.$queryRaw<
    { slug: string }[]
  >`SELECT slug FROM event WHERE slug = ANY(${inputs.map((i) => i.slug)}::text[]) LIMIT 1`;
  if (taken.length)
    throw new InvalidInput({ slug: `An event with this slug already exists: ${taken[0].slug}` });

  const codes = [...new Set(inputs.flatMap((i) => i.actors.map((a) => a.code)))];
  const actors = await liveActorIds(tx, codes);
  const unknown = codes.find((c) => !actors.has(c));
  if (unknown) throw new InvalidInput({ actors: `Unknown actor code "${unknown}"` });
  const tags = await resolveTags(tx, inputs, userId);
  const sources = await resolveSources(tx, inputs, userId);
  // The actor fields an event's snapshot shows: the ones its read includes.
  const actorRows = new Map(
    (
      await tx.actor.findMany({
        where: { id: { in: [...actors.values()] } },
        select: { id: true, ...eventDetailInclude.actors.include.actor.select },
      })
    ).map(({ id, ...actor }) => [id, actor]),
  );

  // now() is the transaction's start: the created_at and changed_at every row gets.
  const quoteCount = inputs.reduce((n, i) => n + i.quotes.length, 0);
  const [{ now, ids, quoteIds }] = await tx.$queryRaw<
    { now: Date; ids: number[]; quoteIds: number[] }[]
  >`
    SELECT now()::timestamp(3) AS now,
      ARRAY(SELECT nextval(pg_get_serial_sequence('event', 'id'))::int FROM generate_series(1, ${inputs.length})) AS ids,
      ARRAY(SELECT nextval(pg_get_serial_sequence('quote', 'id'))::int FROM generate_series(1, ${quoteCount})) AS "quoteIds"`;

  // The rows of every table, event by event, in file order.
  const made: Rows = {
    events: [],
    eventActors: [],
    eventTags: [],
    eventSources: [],
    statuses: [],
    quotes: [],
    quoteSources: [],
  };
  const { events, eventActors, eventTags, eventSources, statuses, quotes, quoteSources } = made;
  let q = 0;
  inputs.forEach((input, i) => {
    const eventId = ids[i];
    events.push({ id: eventId, ...eventColumns(input), createdById: userId, updatedById: userId });
    for (const a of input.actors)
      eventActors.push({ eventId, actorId: actors.get(a.code)!, role: a.role });
    for (const t of new Set(input.tags)) eventTags.push({ eventId, tagId: tags.get(t)! });
    // The event's sources in form order: a quote names its source by position (from 1).
    const sourceIds = input.sources.map((s) => sources.of(s));
    input.sources.forEach((s, k) => {
      // Cited twice: the first credibility counts.
      if (sourceIds.indexOf(sourceIds[k]) === k)
        eventSources.push({ eventId, sourceId: sourceIds[k], credibility: s.credibility });
    });
    // The first status holds from the day of the source that set it, else of the event's
    // first source (as in the editor: lib/db/events/content.ts).
    const own = input.statusSourceUrl ? (sources.ofUrl(input.statusSourceUrl) ?? null) : null;
    const cited = own !== null ? [own] : [...new Set(sourceIds)];
    statuses.push({
      eventId,
      toStatus: input.status,
      reason: input.statusReason ?? 'First recorded',
      sourceId: own,
      effectiveDate: firstDayOf(cited.map((id) => sources.rows.get(id)?.publishedAt ?? null)),
      changedById: userId,
    });
    for (const { source, ...fields } of input.quotes) {
      const quoteId = quoteIds[q++];
      quotes.push({ id: quoteId, eventId, ...fields });
      const sourceId = source ? sourceIds[source - 1] : sourceIds[0];
      if (sourceId) quoteSources.push({ quoteId, sourceId });
    }
  });

  // Postgres writes while the snapshots are put together: one statement at a time, the
  // first (the events, the costliest) already on its way.
  const writes = (async () => {
    await insertJsonRows(tx, 'event', events, { updated_at: Prisma.sql`now()` });
    await insertJsonRows(tx, 'status_change', statuses);
    await insertJsonRows(tx, 'event_actor', eventActors);
    await insertJsonRows(tx, 'event_tag', eventTags);
    await insertJsonRows(tx, 'event_source', eventSources);
    await insertJsonRows(tx, 'quote', quotes, { updated_at: Prisma.sql`now()` });
    await insertJsonRows(tx, 'quote_source', quoteSources);
  })();
  writes.catch(() => {}); // awaited below; this only keeps a failure from counting as unhandled meanwhile
  await new Promise((resolve) => setImmediate(resolve)); // lets the first statement go out
  const snapshots = firstSnapshots({
    ...made,
    now,
    actorRows,
    tags,
    sources: sources.rows,
  });
  await writes;
  await recordCreations(tx, 'quote', snapshots.quotes, userId);
  await recordCreations(tx, 'event', snapshots.events, userId);
}

type Revisions = { id: number; snapshot: unknown }[];

/**
 * The first revision of each new event and quote: the snapshot createEvent writes (toEventDto
 * and toQuoteSnapshot of the stored rows), from the rows just written rather than read back.
 */
function firstSnapshots(
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
