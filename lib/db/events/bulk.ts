import 'server-only';
import { InvalidInput, ReviewRequired } from '../../errors.ts';
import type { EventInput } from '../../schemas/event.ts';
import { Prisma } from '../generated/client.ts';
import { eventColumns, firstDayOf } from './content.ts';
import { eventDetailInclude } from './reads.ts';
import { resolveSources, resolveTags } from './bulk-cited.ts';
import { firstSnapshots, type Rows } from './first-revisions.ts';
import { liveActorIds } from '../versioned/links.ts';
import { insertJsonRows } from '../core/json-insert.ts';
import { recordCreations, type Tx } from '../core/revisions.ts';
import { isReviewRequired } from '../core/settings.ts';

// The import's path for new events: the same rows as createEvent (event, actors, tags,
// sources, quotes with their sources, first status entry, and a revision for every record
// made), written with one set-based statement per table (each table's rows as one JSON
// parameter) instead of a dozen statements per event. Runs inside the caller's transaction;
// the caller has already checked each row (schema, known actors, free slugs).
// import.test.ts checks that the result equals createEvent's, field by field.

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
