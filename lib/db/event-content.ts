import 'server-only';
import { parsePartialDate } from '../dates.ts';
import { InvalidInput } from '../http/errors.ts';
import type { EventInput } from '../schemas/event.ts';
import type { Tx } from './revisions.ts';

/** Scalar columns of an event from the input shape. */
export function eventColumns(input: EventInput) {
  return {
    slug: input.slug,
    title: input.title,
    summary: input.summary,
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

/** Actor ids by code; an unknown code is a 422 naming the actor's field. */
export async function resolveActors(tx: Tx, actors: EventInput['actors']): Promise<Map<string, number>> {
  const rows = await tx.actor.findMany({ where: { code: { in: actors.map((a) => a.code) }, deletedAt: null }, select: { id: true, code: true } });
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  const unknown: Record<string, string> = {};
  actors.forEach((a, i) => {
    if (!ids.has(a.code)) unknown[`actors.${i}.code`] = `Unknown actor code "${a.code}"`;
  });
  if (Object.keys(unknown).length) throw new InvalidInput(unknown);
  return ids;
}

async function findOrCreateSource(tx: Tx, s: EventInput['sources'][number]): Promise<number> {
  const existing = await tx.source.findFirst({
    where: s.url ? { url: s.url, deletedAt: null } : { publisher: s.publisher, title: s.title, url: null, deletedAt: null },
    select: { id: true, reliability: true, publishedAt: true },
  });
  if (!existing) {
    const created = await tx.source.create({ data: { publisher: s.publisher, title: s.title, url: s.url, publishedAt: s.publishedAt, reliability: s.reliability }, select: { id: true } });
    return created.id;
  }
  if (existing.reliability !== s.reliability || (s.publishedAt && existing.publishedAt !== s.publishedAt)) {
    await tx.source.update({ where: { id: existing.id }, data: { reliability: s.reliability, publishedAt: s.publishedAt ?? existing.publishedAt, version: { increment: 1 } } });
  }
  return existing.id;
}

/**
 * Makes the event's actors, tags, sources and quotes match the input. Links are replaced;
 * quotes no longer listed are trashed (deleted_at), never destroyed.
 */
export async function writeEventContent(tx: Tx, eventId: number, input: EventInput): Promise<void> {
  const actorIds = await resolveActors(tx, input.actors);
  await tx.eventActor.deleteMany({ where: { eventId } });
  await tx.eventActor.createMany({ data: input.actors.map((a) => ({ eventId, actorId: actorIds.get(a.code)!, role: a.role })) });

  await tx.eventTag.deleteMany({ where: { eventId } });
  for (const slug of new Set(input.tags)) {
    const tag = await tx.tag.upsert({ where: { slug }, create: { slug, name: slug.replace(/-/g, ' ') }, update: { deletedAt: null }, select: { id: true } });
    await tx.eventTag.create({ data: { eventId, tagId: tag.id } });
  }

  await tx.eventSource.deleteMany({ where: { eventId } });
  const linked = new Set<number>();
  for (const s of input.sources) {
    const sourceId = await findOrCreateSource(tx, s);
    if (linked.has(sourceId)) continue;
    linked.add(sourceId);
    await tx.eventSource.create({ data: { eventId, sourceId, credibility: s.credibility } });
  }

  const current = await tx.quote.findMany({ where: { eventId, deletedAt: null }, select: { id: true, speaker: true, text: true } });
  const keep = new Set<number>();
  for (const q of input.quotes) {
    const match = current.find((c) => !keep.has(c.id) && c.speaker === q.speaker && c.text === q.text);
    if (match) {
      keep.add(match.id);
      await tx.quote.update({ where: { id: match.id }, data: { ...q, version: { increment: 1 } } });
    } else {
      await tx.quote.create({ data: { ...q, eventId } });
    }
  }
  const dropped = current.filter((c) => !keep.has(c.id)).map((c) => c.id);
  if (dropped.length) await tx.quote.updateMany({ where: { id: { in: dropped } }, data: { deletedAt: new Date() } });
}

/** The source a status change cites: one of the event's sources, by URL. */
export async function statusSourceId(tx: Tx, eventId: number, url: string | null): Promise<number | null> {
  if (!url) return null;
  const link = await tx.eventSource.findFirst({ where: { eventId, source: { url } }, select: { sourceId: true } });
  if (!link) throw new InvalidInput({ statusSourceUrl: 'Cite one of this event’s sources (by its URL)' });
  return link.sourceId;
}
