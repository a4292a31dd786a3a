import 'server-only';
import { InvalidInput, ReviewRequired } from '../../errors.ts';
import type { EventInput } from '../../schemas/event.ts';
import { eventColumns, firstDayOf } from './content.ts';
import { toIsoDate } from '../../dates.ts';
import { toEventDto, type EventRow } from './reads.ts';
import { snapshotQuotes } from '../quotes/spec.ts';
import { inTrash, liveActorIds } from '../versioned/links.ts';
import { regradeSource, urlKeysOf } from '../sources/writes.ts';
import { snapshotSources } from '../sources/spec.ts';
import { snapshotTags } from '../tags/spec.ts';
import { recordCreations, type Tx } from '../core/revisions.ts';
import { isReviewRequired } from '../core/settings.ts';
import { LIVE } from '../core/visibility.ts';

// The import's path for new events: the same rows as createEvent (event, actors, tags,
// sources, quotes with their sources, first status entry, and a revision for every record
// made), written with one set-based statement per table instead of a dozen statements per
// event, so a 5,000-row file applies in about a second. Runs inside the caller's
// transaction; the caller has already checked each row (schema, known actors, free slugs).
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

/** Which source each citation names: by URL (its normalised key), else by publisher and title. */
interface SourceIds {
  of(s: Cited): number;
  ofUrl(url: string): number | undefined;
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
): Promise<SourceIds> {
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
  const result: SourceIds = {
    of: (s) => ids.get(keyOf(s))!,
    ofUrl: (url) => ids.get(`u:${urlKeys.get(url)}`),
  };
  if (!wanted.size) return result;
  const all = [...wanted.values()];
  const keys = [...new Set(urlKeys.values())];
  const existing = keys.length
    ? await tx.source.findMany({
        where: { urlKey: { in: keys }, ...LIVE },
        select: { id: true, urlKey: true },
      })
    : [];
  for (const e of existing) ids.set(`u:${e.urlKey}`, e.id);
  for (const s of all.filter((s) => !s.url)) {
    const found = await tx.source.findFirst({
      where: { publisher: s.publisher, title: s.title, url: null, ...LIVE },
      select: { id: true },
    });
    if (found) ids.set(keyOf(s), found.id);
  }
  // As in the editor: a new grade or date for a known source is saved through the source's
  // own write (with its revision). Rare in an import, so one at a time.
  const keyById = new Map([...ids].map(([key, id]) => [id, key]));
  for (const current of await snapshotSources(tx, [...ids.values()])) {
    const s = wanted.get(keyById.get(current.id)!);
    if (s) await regradeSource(tx, current, s, userId);
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
  return result;
}

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

  const cols = inputs.map(eventColumns);
  const pick = <K extends keyof (typeof cols)[number]>(k: K) => cols.map((c) => c[k]);
  const created = await tx.$queryRaw<{ id: number; created_at: Date; updated_at: Date }[]>`
    INSERT INTO event (slug, title, summary, title_ko, summary_ko, start_date, end_date, date_precision, status, publication, location_name, lat, lon,
                       importance, confidence, notes, created_by_id, updated_by_id, updated_at)
    SELECT slug, title, summary, tk, sk, sd, ed, dp::"DatePrecision", st::"ClaimStatus", pu::"Publication", ln, lat, lon,
           imp, co::"Confidence", notes, ${userId}::int, ${userId}::int, now()
    FROM unnest(${pick('slug')}::text[], ${pick('title')}::text[], ${pick('summary')}::text[], ${pick('titleKo')}::text[], ${pick('summaryKo')}::text[], ${pick('startDate')}::date[], ${pick('endDate')}::date[],
                ${pick('datePrecision')}::text[], ${pick('status')}::text[], ${pick('publication')}::text[], ${pick('locationName')}::text[],
                ${pick('lat')}::float8[], ${pick('lon')}::float8[], ${pick('importance')}::int[], ${pick('confidence')}::text[], ${pick('notes')}::text[])
      WITH ORDINALITY AS x(slug, title, summary, tk, sk, sd, ed, dp, st, pu, ln, lat, lon, imp, co, notes, n)
    ORDER BY n RETURNING id, created_at, updated_at`;
  const ids = created.map((r) => r.id);

  // Columns of the link tables, filled event by event.
  const ea = { event: [] as number[], actor: [] as number[], role: [] as string[] };
  const et = { event: [] as number[], tag: [] as number[] };
  const es = {
    event: [] as number[],
    source: [] as number[],
    credibility: [] as (number | null)[],
  };
  const sc = {
    event: [] as number[],
    status: [] as string[],
    reason: [] as string[],
    source: [] as (number | null)[],
  };
  const quotes: {
    eventId: number;
    q: Omit<EventInput['quotes'][number], 'source'>;
    sourceId: number | null;
  }[] = [];
  inputs.forEach((input, i) => {
    const eventId = ids[i];
    for (const a of input.actors) {
      ea.event.push(eventId);
      ea.actor.push(actors.get(a.code)!);
      ea.role.push(a.role);
    }
    for (const t of new Set(input.tags)) {
      et.event.push(eventId);
      et.tag.push(tags.get(t)!);
    }
    // The event's sources in form order: a quote names its source by position (from 1).
    const sourceIds = input.sources.map((s) => sources.of(s));
    input.sources.forEach((s, k) => {
      if (sourceIds.indexOf(sourceIds[k]) !== k) return; // cited twice: the first credibility counts
      es.event.push(eventId);
      es.source.push(sourceIds[k]);
      es.credibility.push(s.credibility);
    });
    sc.event.push(eventId);
    sc.status.push(input.status);
    sc.reason.push(input.statusReason ?? 'First recorded');
    sc.source.push(input.statusSourceUrl ? (sources.ofUrl(input.statusSourceUrl) ?? null) : null);
    for (const { source, ...q } of input.quotes)
      quotes.push({
        eventId,
        q,
        sourceId: source ? sourceIds[source - 1] : (sourceIds[0] ?? null),
      });
  });
  const [{ changed_at: changedAt }] = await tx.$queryRaw<{ changed_at: Date }[]>`
    WITH made AS (
      INSERT INTO status_change (event_id, to_status, reason, source_id, changed_by_id)
      SELECT e, s::"ClaimStatus", r, src, ${userId}::int FROM unnest(${sc.event}::int[], ${sc.status}::text[], ${sc.reason}::text[], ${sc.source}::int[]) AS x(e, s, r, src)
      RETURNING changed_at)
    SELECT min(changed_at) AS changed_at FROM made`;
  let quoteIds: number[] = [];
  if (quotes.length) {
    const col = <K extends keyof (typeof quotes)[number]['q']>(k: K) =>
      quotes.map(({ q }) => q[k] ?? null);
    quoteIds = (
      await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO quote (event_id, speaker, role, text, language, translation, date, venue, updated_at)
        SELECT e, sp, ro, te, la, tr, da, ve, now()
        FROM unnest(${quotes.map((x) => x.eventId)}::int[], ${col('speaker')}::text[], ${col('role')}::text[], ${col('text')}::text[],
                    ${col('language')}::text[], ${col('translation')}::text[], ${col('date')}::text[], ${col('venue')}::text[])
          WITH ORDINALITY AS x(e, sp, ro, te, la, tr, da, ve, n)
        ORDER BY n RETURNING id`
    ).map((r) => r.id);
    const cited = quotes.flatMap((x, i) => (x.sourceId ? [[quoteIds[i], x.sourceId]] : []));
    await tx.$executeRaw`INSERT INTO quote_source (quote_id, source_id) SELECT * FROM unnest(${cited.map((c) => c[0])}::int[], ${cited.map((c) => c[1])}::int[])`;
    const snapshots = await snapshotQuotes(tx, quoteIds);
    await recordCreations(
      tx,
      'quote',
      snapshots.map((snapshot) => ({ id: snapshot.id, snapshot })),
      userId,
    );
  }

  // Each new event's first revision holds its full snapshot, as createEvent writes it: the
  // rows just written, put together here rather than read back (the slowest part otherwise).
  const actorRows = new Map(
    (
      await tx.actor.findMany({
        where: { id: { in: [...new Set(ea.actor)] } },
        select: { id: true, code: true, name: true, nameKo: true, kind: true, color: true },
      })
    ).map((a) => [a.id, a]),
  );
  const sourceRows = new Map(
    (await tx.source.findMany({ where: { id: { in: [...new Set(es.source)] } } })).map((x) => [
      x.id,
      x,
    ]),
  );
  // Each first status holds from the day of the source that set it, else of the event's
  // first source (as in the editor: lib/db/events/content.ts).
  const linked = groupBy(
    es.source.map((sourceId, k) => ({ sourceId, eventId: es.event[k] })),
    (x) => x.eventId,
  );
  const effective = inputs.map((_, i) => {
    const own = sc.source[i];
    const cited = own !== null ? [own] : (linked.get(ids[i]) ?? []).map((x) => x.sourceId);
    return firstDayOf(cited.map((sourceId) => sourceRows.get(sourceId)?.publishedAt ?? null));
  });
  // The link rows go last, and the snapshots are put together while Postgres checks their
  // keys (~0.15 s of JS per 5,000-row file off the clock): the same statements in the same
  // transaction, one at a time, with the JS work beside them instead of after them.
  const links = (async () => {
    await tx.$executeRaw`INSERT INTO event_actor (event_id, actor_id, role) SELECT * FROM unnest(${ea.event}::int[], ${ea.actor}::int[], ${ea.role}::text[])`;
    await tx.$executeRaw`INSERT INTO event_tag (event_id, tag_id) SELECT * FROM unnest(${et.event}::int[], ${et.tag}::int[])`;
    await tx.$executeRaw`INSERT INTO event_source (event_id, source_id, credibility) SELECT * FROM unnest(${es.event}::int[], ${es.source}::int[], ${es.credibility}::int[])`;
    await tx.$executeRaw`UPDATE status_change SET effective_date = x.d FROM unnest(${ids}::int[], ${effective.map((d) => (d ? toIsoDate(d) : null))}::date[]) AS x(e, d)
      WHERE status_change.event_id = x.e AND x.d IS NOT NULL`;
  })();
  links.catch(() => {}); // awaited below; this only keeps a failure from counting as unhandled meanwhile
  await new Promise((resolve) => setImmediate(resolve)); // lets the first statement go out
  // The link rows of each event, grouped once (a scan of every list per event is quadratic).
  const quotesOf = groupBy(
    quotes.map((x, k) => ({ ...x, id: quoteIds[k] })),
    (x) => x.eventId,
  );
  const sourcesOf = groupBy(
    es.event.map((_, k) => k),
    (k) => es.event[k],
  );
  const source = (sourceId: number | null) => (sourceId ? sourceRows.get(sourceId)! : null);
  const rows: EventRow[] = inputs.map((input, i) => {
    const { id, created_at: createdAt, updated_at: updatedAt } = created[i];
    const eventQuotes = quotesOf.get(id) ?? [];
    // The scalar columns spread last: an object literal that starts with a spread and then
    // adds properties is built property by property (about 50 µs per event, a quarter of a
    // second per 5,000-row file); the keys do not overlap.
    return {
      id,
      version: 1,
      createdAt,
      updatedAt,
      deletedAt: null,
      createdById: userId,
      updatedById: userId,
      actors: input.actors
        .map((a) => ({
          eventId: id,
          actorId: actors.get(a.code)!,
          role: a.role,
          actor: actorRows.get(actors.get(a.code)!)!,
        }))
        .sort((a, b) => a.actorId - b.actorId),
      tags: [...new Set(input.tags)]
        .map((t) => ({ eventId: id, tagId: tags.get(t)!, tag: { slug: t, name: '' } }))
        .sort((a, b) => a.tagId - b.tagId),
      sources: (sourcesOf.get(id) ?? [])
        .map((k) => ({
          eventId: id,
          sourceId: es.source[k],
          credibility: es.credibility[k],
          source: source(es.source[k])!,
        }))
        .sort(
          (a, b) =>
            byNullableText(a.source.publishedAt, b.source.publishedAt) || a.sourceId - b.sourceId,
        ),
      quotes: eventQuotes
        .map(({ id: quoteId, q, sourceId }) => ({
          ...QUOTE_DEFAULTS,
          ...q,
          id: quoteId,
          eventId: id,
          createdAt,
          updatedAt,
          sources: sourceId ? [{ quoteId, sourceId, source: source(sourceId)! }] : [],
        }))
        .sort((a, b) => byNullableText(a.date, b.date) || a.id - b.id),
      statusChanges: [
        {
          id: 0,
          eventId: id,
          fromStatus: null,
          toStatus: input.status,
          changedAt,
          effectiveDate: effective[i],
          reason: sc.reason[i],
          sourceId: sc.source[i],
          changedById: userId,
          source: source(sc.source[i]),
        },
      ],
      ...cols[i],
    } as unknown as EventRow;
  });
  const revs = rows.map((r) => ({ id: r.id, snapshot: toEventDto(r) }));
  await links;
  await recordCreations(tx, 'event', revs, userId);
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
