import 'server-only';
import { InvalidInput } from '../../errors.ts';
import {
  relationInputSchema,
  relationUpdateSchema,
  type RelationInput,
} from '../../schemas/relation.ts';
import type { Tx } from '../core/revisions.ts';
import { LIVE } from '../core/visibility.ts';
import { liveSourceId } from '../sources/writes.ts';
import { SOURCE_SPEC } from '../sources/spec.ts';
import { actorIds } from '../versioned/links.ts';
import { createRecord, type RecordDelegate, type VersionedSpec } from '../versioned/writes.ts';
import { snapshotRelation } from './reads.ts';
import type { RelationDto } from '../../shapes/alliances.ts';

// Relations on the one write path (lib/db/versioned/writes.ts). What they add: a key made
// from the relation itself, two actors by code, and links to events and sources.

/** Live event ids by slug; an unknown slug is a field error (gathered in `fields`). */
async function eventIds(tx: Tx, slugs: string[], fields: Record<string, string>) {
  const events = await tx.event.findMany({
    where: { slug: { in: slugs }, ...LIVE },
    select: { id: true, slug: true },
  });
  const missing = slugs.filter((s) => !events.some((e) => e.slug === s));
  if (missing.length) fields.eventSlugs = `Unknown events: ${missing.join(', ')}`;
  return events.map((e) => e.id);
}

/**
 * The source cited by URL: the live one, or a new one (through the source's own write, so
 * it has its first revision). One in the trash is refused, as for events.
 */
async function sourceId(tx: Tx, url: string, userId: number | null): Promise<number> {
  const found = await liveSourceId(tx, { url }, url, 'sourceUrls');
  if (found) return found;
  const source = {
    url,
    archiveUrl: null,
    publisher: new URL(url).hostname,
    title: url,
    publishedAt: null,
  };
  return (await createRecord(SOURCE_SPEC, { ...source, reliability: null }, userId, tx)).id;
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

/** The stored relation as input: the base of a PATCH and a revert. */
export const relationToInput = (r: RelationDto): Record<string, unknown> => ({
  ...r,
  sourceUrls: r.sources.flatMap((s) => (s.url ? [s.url] : [])),
  eventSlugs: r.events.map((e) => e.slug),
});

export const RELATION_SPEC: VersionedSpec<RelationInput, RelationDto> = {
  entityType: 'relation',
  label: 'Relation',
  permission: 'relations.write',
  schema: relationInputSchema,
  updateSchema: relationUpdateSchema,
  model: (tx) => tx.relation as unknown as RecordDelegate,
  where: (key) => ({ key }),
  keyOf: (r) => r.key!,
  /** Unknown actors and events are refused together, before anything is written. */
  async columns(tx, input) {
    const fields: Record<string, string> = {};
    const actors = await actorIds(tx, { a: input.a, b: input.b }).catch((err: unknown) => {
      if (!(err instanceof InvalidInput)) throw err;
      Object.assign(fields, err.fields);
      return null;
    });
    await eventIds(tx, input.eventSlugs, fields);
    if (Object.keys(fields).length) throw new InvalidInput(fields);
    return {
      kind: input.kind,
      title: input.title,
      startDate: new Date(input.start),
      endDate: input.end ? new Date(input.end) : null,
      status: input.status,
      notes: input.notes,
      obligations: input.obligations,
      designations: input.designations,
      actorAId: actors!.a,
      actorBId: actors!.b,
    };
  },
  createColumns: async (tx, input) => ({ key: await freshKey(tx, input) }),
  /** Links are replaced; those to trashed sources stay, to come back on restore. */
  async afterWrite(tx, relationId, input, { userId }) {
    const events = await eventIds(tx, input.eventSlugs, {});
    const sources: number[] = [];
    for (const url of input.sourceUrls) sources.push(await sourceId(tx, url, userId));
    await tx.relationEvent.deleteMany({ where: { relationId } });
    await tx.relationSource.deleteMany({ where: { relationId, source: LIVE } });
    await tx.relationEvent.createMany({
      data: events.map((eventId) => ({ relationId, eventId })),
    });
    await tx.relationSource.createMany({
      data: sources.map((sourceId) => ({ relationId, sourceId })),
      skipDuplicates: true,
    });
  },
  snapshot: snapshotRelation,
  toInput: relationToInput,
  duplicate: { key: 'A relation with this key already exists' },
};
