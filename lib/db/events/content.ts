import 'server-only';
import { parsePartialDate } from '../../dates.ts';
import { InvalidInput } from '../../errors.ts';
import type { EventInput } from '../../schemas/event.ts';
import { quoteInputSchema } from '../../schemas/quote.ts';
import { createRecord, setRecordTrashed, updateRecord } from '../versioned/writes.ts';
import { QUOTE_SPEC, quoteToInput } from '../quotes/spec.ts';
import { actorIds, inTrash } from '../versioned/links.ts';
import { liveSourceId, regradeSource } from '../sources/writes.ts';
import { SOURCE_SPEC, snapshotSource } from '../sources/spec.ts';
import { TAG_SPEC } from '../tags/spec.ts';
import type { Tx } from '../core/revisions.ts';
import { LIVE } from '../core/visibility.ts';

/** Scalar columns of an event from the input shape. */
export function eventColumns(input: EventInput) {
  return {
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    titleKo: input.titleKo,
    summaryKo: input.summaryKo,
    startDate: parsePartialDate(input.date)!.date,
    endDate: input.endDate ? parsePartialDate(input.endDate)!.date : null,
    datePrecision: input.datePrecision,
    status: input.status,
    publication: input.publication,
    locationName: input.location?.name ?? null,
    lat: input.location?.lat ?? null,
    lon: input.location?.lon ?? null,
    importance: input.importance,
    confidence: input.confidence,
    notes: input.notes,
  };
}

/** Actor ids in input order; an unknown code is a 422 naming the actor's field. */
async function resolveActors(tx: Tx, actors: EventInput['actors']): Promise<number[]> {
  const ids = await actorIds(
    tx,
    Object.fromEntries(actors.map((a, i) => [`actors.${i}.code`, a.code])),
  );
  return actors.map((_, i) => ids[`actors.${i}.code`]!);
}

/**
 * The id of the source the event cites: an existing one (same URL, or same publisher and
 * title without URL) or a new one. A changed grade or date is saved through the source's
 * own write, so every event citing the source shows it and the change leaves a revision.
 */
async function findOrCreateSource(
  tx: Tx,
  s: EventInput['sources'][number],
  userId: number | null,
): Promise<number> {
  const same = s.url ? { url: s.url } : { publisher: s.publisher, title: s.title, url: null };
  const existing = await liveSourceId(tx, same, s.title, 'sources');
  const { credibility: _credibility, ...fields } = s;
  if (!existing) return (await createRecord(SOURCE_SPEC, fields, userId, tx)).id;
  await regradeSource(tx, await snapshotSource(tx, existing), s, userId);
  return existing;
}

/** Tag ids by slug; a new slug becomes a tag (with its revision), a trashed one is refused. */
async function resolveTags(tx: Tx, slugs: string[], userId: number | null): Promise<number[]> {
  const ids: number[] = [];
  for (const slug of new Set(slugs)) {
    const tag = await tx.tag.findUnique({ where: { slug }, select: { id: true, deletedAt: true } });
    if (tag?.deletedAt) throw inTrash('tags', 'tag', slug);
    if (!tag) await createRecord(TAG_SPEC, { slug, name: slug.replace(/-/g, ' ') }, userId, tx);
    ids.push(
      tag?.id ?? (await tx.tag.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id,
    );
  }
  return ids;
}

/**
 * Makes the event's quotes match the input, each write through the quote's own (with its
 * revision). A quote keeps its sources unless the form names one of the event's sources.
 */
async function writeQuotes(
  tx: Tx,
  event: { id: number; slug: string },
  quotes: EventInput['quotes'],
  sourceIds: number[],
  userId: number | null,
) {
  const current = await tx.quote.findMany({
    where: { eventId: event.id, ...LIVE },
    select: { id: true, speaker: true, text: true },
  });
  const keep = new Set<number>();
  for (const { source, ...q } of quotes) {
    const match = current.find(
      (c) => !keep.has(c.id) && c.speaker === q.speaker && c.text === q.text,
    );
    const chosen = source ? [sourceIds[source - 1]] : null;
    if (!match) {
      const input = quoteInputSchema.parse({
        ...q,
        event: event.slug,
        sources: chosen ?? sourceIds.slice(0, 1),
      });
      await createRecord(QUOTE_SPEC, input, userId, tx);
      continue;
    }
    keep.add(match.id);
    const was = await QUOTE_SPEC.snapshot(tx, match.id);
    const before = quoteInputSchema.parse(quoteToInput(was));
    const input = { ...before, ...q, event: event.slug, sources: chosen ?? before.sources };
    if (JSON.stringify(quoteInputSchema.parse(input)) === JSON.stringify(before)) continue;
    await updateRecord(QUOTE_SPEC, String(match.id), input, was.version, userId, { tx });
  }
  for (const dropped of current.filter((c) => !keep.has(c.id)))
    await setRecordTrashed(QUOTE_SPEC, String(dropped.id), true, userId, tx);
}

/**
 * Makes the event's actors, tags, sources and quotes match the input. Links are replaced
 * (links to trashed tags and sources stay, to come back on restore); quotes no longer
 * listed are trashed (deleted_at), never destroyed.
 */
export async function writeEventContent(
  tx: Tx,
  event: { id: number; slug: string },
  input: EventInput,
  userId: number | null,
): Promise<void> {
  const eventId = event.id;
  const actors = await resolveActors(tx, input.actors);
  await tx.eventActor.deleteMany({ where: { eventId } });
  await tx.eventActor.createMany({
    data: input.actors.map((a, i) => ({ eventId, actorId: actors[i], role: a.role })),
  });

  const tagIds = await resolveTags(tx, input.tags, userId);
  await tx.eventTag.deleteMany({ where: { eventId, tag: LIVE } });
  await tx.eventTag.createMany({
    data: tagIds.map((tagId) => ({ eventId, tagId })),
    skipDuplicates: true,
  });

  await tx.eventSource.deleteMany({ where: { eventId, source: LIVE } });
  const sourceIds: number[] = [];
  for (const s of input.sources) {
    const sourceId = await findOrCreateSource(tx, s, userId);
    sourceIds.push(sourceId);
    await tx.eventSource.createMany({
      data: [{ eventId, sourceId, credibility: s.credibility }],
      skipDuplicates: true,
    });
  }
  await writeQuotes(tx, event, input.quotes, sourceIds, userId);
}

/** The source a status change cites: one of the event's sources, by URL. */
export async function statusSourceId(
  tx: Tx,
  eventId: number,
  url: string | null,
): Promise<number | null> {
  if (!url) return null;
  const link = await tx.eventSource.findFirst({
    where: { eventId, source: { url } },
    select: { sourceId: true },
  });
  if (!link)
    throw new InvalidInput({ statusSourceUrl: 'Cite one of this event’s sources (by its URL)' });
  return link.sourceId;
}

/**
 * The source that moved a status change and the day it took effect: the source's publication
 * day when it names one (a month or a year is too coarse to date a change), else null (the
 * change counts from the day it was recorded).
 */
export async function statusSourceAndDate(
  tx: Tx,
  eventId: number,
  url: string | null,
  first: boolean,
): Promise<{ sourceId: number | null; effectiveDate: Date | null }> {
  const sourceId = await statusSourceId(tx, eventId, url);
  // A new event's first status, cited to nothing, holds from its first source's day.
  const cited = await tx.source.findMany({
    where:
      sourceId !== null ? { id: sourceId } : first ? { events: { some: { eventId } } } : { id: -1 },
    select: { publishedAt: true },
  });
  return { sourceId, effectiveDate: firstDayOf(cited.map((s) => s.publishedAt)) };
}

/** The earliest full day among partial publication dates (months and years are too coarse). */
export function firstDayOf(publishedAts: (string | null)[]): Date | null {
  const days = publishedAts.flatMap((publishedAt) => {
    const day = publishedAt ? parsePartialDate(publishedAt) : null;
    return day?.precision === 'day' ? [day.date.getTime()] : [];
  });
  return days.length ? new Date(Math.min(...days)) : null;
}
