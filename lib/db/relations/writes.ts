import 'server-only';
import { InvalidInput, NotFound } from '../../http/errors.ts';
import type { RelationInput } from '../../schemas/relation.ts';
import { getRelation } from './reads.ts';
import { getDb } from '../core/client.ts';
import { createRecord } from '../versioned/writes.ts';
import { SOURCE_SPEC } from '../sources/spec.ts';
import { recordRevision, type RevisionAction, type Tx } from '../core/revisions.ts';
import type { RelationDto } from '../../shapes/alliances.ts';

export type RelationUpdateResult =
  { relation: RelationDto; conflict?: undefined } | { conflict: RelationDto; relation?: undefined };

/** Actor ids, events and sources named by the input; unknown ones are field errors. */
async function resolveLinks(tx: Tx, input: RelationInput, userId: number | null) {
  const actors = await tx.actor.findMany({
    where: { code: { in: [input.a, input.b] }, deletedAt: null },
    select: { id: true, code: true },
  });
  const id = (c: string) => actors.find((a) => a.code === c)?.id;
  const fields: Record<string, string> = {};
  if (!id(input.a)) fields.a = `Unknown actor ${input.a}`;
  if (!id(input.b)) fields.b = `Unknown actor ${input.b}`;
  const events = await tx.event.findMany({
    where: { slug: { in: input.eventSlugs }, deletedAt: null },
    select: { id: true, slug: true },
  });
  const missing = input.eventSlugs.filter((s) => !events.some((e) => e.slug === s));
  if (missing.length) fields.eventSlugs = `Unknown events: ${missing.join(', ')}`;
  if (Object.keys(fields).length) throw new InvalidInput(fields);
  const sources = [];
  for (const url of input.sourceUrls) {
    const found = await tx.source.findFirst({
      where: { url, deletedAt: null },
      select: { id: true },
    });
    // A new source goes through the source's own write, so it has its first revision.
    sources.push(
      found ??
        (await createRecord(
          SOURCE_SPEC,
          {
            url,
            publisher: new URL(url).hostname,
            title: url,
            publishedAt: null,
            reliability: 'F',
          },
          userId,
          tx,
        )),
    );
  }
  return {
    actorAId: id(input.a)!,
    actorBId: id(input.b)!,
    eventIds: events.map((e) => e.id),
    sourceIds: sources.map((s) => s.id),
  };
}

function columns(input: RelationInput) {
  return {
    kind: input.kind,
    title: input.title,
    startDate: new Date(input.start),
    endDate: input.end ? new Date(input.end) : null,
    status: input.status,
    notes: input.notes,
  };
}

async function finish(
  tx: Tx,
  id: number,
  action: RevisionAction,
  userId: number | null,
): Promise<RelationDto> {
  const row = await tx.relation.findUniqueOrThrow({
    where: { id },
    select: { key: true, version: true },
  });
  const snapshot = (await getRelation(row.key!, { tx, includeTrashed: true }))!;
  await recordRevision(tx, {
    entityType: 'relation',
    entityId: id,
    version: row.version,
    action,
    snapshot,
    authorId: userId,
  });
  return snapshot;
}

/** A key that reads like the relation: "kp-ru-treaty-2024-06-19", made unique if taken. */
async function freshKey(tx: Tx, input: RelationInput): Promise<string> {
  const base = `${input.a}-${input.b}-${input.kind}-${input.start}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.relation.findUnique({ where: { key }, select: { id: true } }))) return key;
  }
}

export async function createRelation(
  input: RelationInput,
  userId: number | null,
): Promise<RelationDto> {
  return getDb().$transaction(async (tx) => {
    const links = await resolveLinks(tx, input, userId);
    const relation = await tx.relation.create({
      data: {
        ...columns(input),
        key: await freshKey(tx, input),
        actorAId: links.actorAId,
        actorBId: links.actorBId,
        events: { create: links.eventIds.map((eventId) => ({ eventId })) },
        sources: { create: links.sourceIds.map((sourceId) => ({ sourceId })) },
      },
      select: { id: true },
    });
    return finish(tx, relation.id, 'create', userId);
  });
}

/** Saves an edit made from `expectedVersion`; if someone saved in between, returns theirs. */
export async function updateRelation(
  key: string,
  input: RelationInput,
  expectedVersion: number,
  userId: number | null,
): Promise<RelationUpdateResult> {
  return getDb().$transaction(async (tx) => {
    const current = await tx.relation.findFirst({
      where: { key, deletedAt: null },
      select: { id: true },
    });
    if (!current) throw new NotFound('Relation');
    const links = await resolveLinks(tx, input, userId);
    // The version check and the bump are one statement, so two concurrent saves cannot both pass.
    const bumped = await tx.relation.updateMany({
      where: { id: current.id, version: expectedVersion },
      data: {
        ...columns(input),
        actorAId: links.actorAId,
        actorBId: links.actorBId,
        version: { increment: 1 },
      },
    });
    if (bumped.count === 0) return { conflict: (await getRelation(key, { tx }))! };
    await tx.relationEvent.deleteMany({ where: { relationId: current.id } });
    await tx.relationSource.deleteMany({
      where: { relationId: current.id, source: { deletedAt: null } },
    });
    await tx.relationEvent.createMany({
      data: links.eventIds.map((eventId) => ({ relationId: current.id, eventId })),
    });
    await tx.relationSource.createMany({
      data: links.sourceIds.map((sourceId) => ({ relationId: current.id, sourceId })),
      skipDuplicates: true,
    });
    return { relation: await finish(tx, current.id, 'update', userId) };
  });
}

/** Trash (soft) or restore; both are new revisions, nothing is deleted. */
export async function setRelationTrashed(
  key: string,
  trashed: boolean,
  userId: number | null,
): Promise<RelationDto> {
  return getDb().$transaction(async (tx) => {
    const current = await tx.relation.findFirst({
      where: { key, deletedAt: trashed ? null : { not: null } },
      select: { id: true },
    });
    if (!current) throw new NotFound('Relation');
    await tx.relation.update({
      where: { id: current.id },
      data: { deletedAt: trashed ? new Date() : null, version: { increment: 1 } },
    });
    return finish(tx, current.id, trashed ? 'trash' : 'restore', userId);
  });
}
