import 'server-only';
import type { z } from 'zod';
import type { Permission } from '../../auth/permissions.ts';
import { Duplicate, InUse, NotFound } from '../../errors.ts';
import type { RecordKind } from '../../records/kinds.ts';
import { getDb } from '../core/client.ts';
import {
  recordRevision,
  type RevisionAction,
  type RevisionEntity,
  type Tx,
} from '../core/revisions.ts';
import type { RecordListRow } from '../../shapes/records.ts';

// The one write path of every versioned kind (sources, quotes, actors, tags, trade
// observations, events, relations): each create, update, trash, restore and revert, its
// version check and its revision in one transaction. Each kind supplies a spec
// (lib/db/<kind>/spec.ts) saying how to find, write and snapshot its rows.

/** The few calls the generic writes make on a model; every record model has them. */
export interface RecordDelegate {
  findFirst(args: {
    where: object;
    select: { id: true; version: true };
  }): Promise<{ id: number; version: number } | null>;
  create(args: { data: never; select: { id: true } }): Promise<{ id: number }>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
  findMany(args: {
    where: object;
    select: object;
    orderBy: object[];
    skip: number;
    take: number;
  }): Promise<unknown[]>;
  count(args: { where: object }): Promise<number>;
}

/** What every versioned kind's snapshot has: the version it stands at. */
export interface VersionedDto {
  version: number;
}

export interface RecordDto extends VersionedDto {
  trashedAt: string | null;
}

/** Who writes, and (on an update) what `beforeUpdate` found. */
export interface WriteContext {
  userId: number | null;
  before?: unknown;
}

/**
 * How one versioned kind is found, written and snapshotted; the functions below do the
 * rest (transaction, version check, revision) the same way for every kind. The optional
 * hooks carry what a kind adds: an event's review rule, slug check, links and status
 * history; a relation's generated key and links. Events merge (lib/db/events/merge.ts) over
 * these same functions: updateRecord with action `merge`, ensureBaseline, setRecordTrashed.
 */
export interface VersionedSpec<I = unknown, D extends VersionedDto = VersionedDto> {
  entityType: RevisionEntity;
  /** "Source", for messages. */
  label: string;
  permission: Permission;
  schema: z.ZodType<I>;
  updateSchema: z.ZodType<I & { version: number }>;
  model(tx: Tx): RecordDelegate;
  /** The row named by a URL key (id, code or slug); null when the key cannot name one. */
  where(key: string): object | null;
  /**
   * Which rows readers without the right to see drafts may read, when not every live row
   * (a quote of a draft event, a source cited only by drafts); lib/db/core/visibility.ts.
   */
  publicWhere?: object;
  keyOf(dto: D): string;
  /** Columns for create and update, with linked ids resolved (unknown ones are field errors). */
  columns(tx: Tx, input: I, userId: number | null): Promise<Record<string, unknown>>;
  /** Columns only a new row gets (its author, a generated key). */
  createColumns?(tx: Tx, input: I, userId: number | null): Promise<Record<string, unknown>>;
  /** Columns every write sets, trash and restore included (who changed it last). */
  stamp?(userId: number | null): Record<string, unknown>;
  /** Checks a new record must pass before it is written. */
  beforeCreate?(tx: Tx, input: I, userId: number | null): Promise<void>;
  /** Checks against the stored row before the bump; the result reaches afterWrite as `before`. */
  beforeUpdate?(tx: Tx, id: number, input: I, userId: number | null): Promise<unknown>;
  /** Links kept outside the row (a quote's sources, an event's actors, tags and quotes). */
  afterWrite?(tx: Tx, id: number, input: I, context: WriteContext): Promise<void>;
  snapshot(tx: Tx, id: number): Promise<D>;
  /** The stored record as input for the schema: the base of a PATCH, the edit form and a revert. */
  toInput(dto: D): Record<string, unknown>;
  /** What a revert of `dto` (an old version) saves; toInput(dto) when left out. */
  revertInput?(dto: D, revert: { key: string; version: number }): Record<string, unknown>;
  /** Why the record cannot be trashed now, or null. */
  inUse?(tx: Tx, id: number): Promise<string | null>;
  /** Field errors for a unique-key clash (Postgres unique violation). */
  duplicate: Record<string, string>;
}

/** Sources, quotes, actors, tags and trade observations: versioned, and listed alike for editors. */
export interface RecordSpec<I = unknown, D extends RecordDto = RecordDto> extends VersionedSpec<
  I,
  D
> {
  kind: RecordKind;
  entityType:
    'source' | 'quote' | 'actor' | 'tag' | 'trade_observation' | 'estimate' | 'era' | 'event_link';
  /** The editor list: what a search matches, what to read, in which order, and each row in words. */
  list: {
    search(q: string): object;
    select: object;
    orderBy: object[];
    toRow(row: never): RecordListRow;
  };
}

// Generic code stores specs of different kinds side by side; their input types differ.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRecordSpec = RecordSpec<any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySpec = VersionedSpec<any, any>;

export type RecordUpdateResult<D> =
  { record: D; conflict?: undefined } | { conflict: D; record?: undefined };

async function run<T>(spec: AnySpec, tx: Tx | undefined, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await (tx ? fn(tx) : getDb().$transaction(fn));
  } catch (err) {
    if ((err as { code?: string })?.code === 'P2002')
      throw new Duplicate(spec.label, spec.duplicate);
    throw err;
  }
}

async function find(
  spec: AnySpec,
  tx: Tx,
  key: string,
  trashed: boolean | 'any',
  visible?: object,
) {
  const where = spec.where(key);
  if (!where) return null;
  const deletedAt = trashed === 'any' ? undefined : trashed ? { not: null } : null;
  return spec.model(tx).findFirst({
    where: {
      ...where,
      ...(deletedAt !== undefined && { deletedAt }),
      ...(visible && { AND: [visible] }),
    },
    select: { id: true, version: true },
  });
}

async function finish<I, D extends VersionedDto>(
  spec: VersionedSpec<I, D>,
  tx: Tx,
  id: number,
  action: RevisionAction,
  userId: number | null,
): Promise<D> {
  const snapshot = await spec.snapshot(tx, id);
  await recordRevision(tx, {
    entityType: spec.entityType,
    entityId: id,
    version: snapshot.version,
    action,
    snapshot,
    authorId: userId,
  });
  return snapshot;
}

/**
 * Records loaded by the seed have no revision yet: keep their state as it was before the
 * first edit (as version `version`, by nobody), so the history's first diff is a real one.
 */
export async function ensureBaseline(spec: AnySpec, tx: Tx, id: number): Promise<void> {
  if (
    await tx.revision.findFirst({
      where: { entityType: spec.entityType, entityId: id },
      select: { id: true },
    })
  )
    return;
  const snapshot = await spec.snapshot(tx, id);
  await recordRevision(tx, {
    entityType: spec.entityType,
    entityId: id,
    version: snapshot.version,
    action: 'create',
    snapshot,
    authorId: null,
  });
}

/**
 * One record by its URL key, not trashed unless `includeTrashed`. Unless the caller may see
 * drafts (an editor), only what the kind's `publicWhere` lets readers see: anything else is
 * null, exactly like a missing key.
 */
export async function getRecord<I, D extends VersionedDto>(
  spec: VersionedSpec<I, D>,
  key: string,
  options: { includeTrashed?: boolean; canSeeDrafts?: boolean } = {},
): Promise<D | null> {
  const visible = options.canSeeDrafts ? undefined : spec.publicWhere;
  return getDb().$transaction(async (tx) => {
    const row = await find(spec, tx, key, options.includeTrashed ? 'any' : false, visible);
    return row ? spec.snapshot(tx, row.id) : null;
  });
}

export async function createRecord<I, D extends VersionedDto>(
  spec: VersionedSpec<I, D>,
  input: I,
  userId: number | null,
  tx?: Tx,
): Promise<D> {
  return run(spec, tx, async (tx) => {
    await spec.beforeCreate?.(tx, input, userId);
    const data = {
      ...(await spec.columns(tx, input, userId)),
      ...(await spec.createColumns?.(tx, input, userId)),
      ...spec.stamp?.(userId),
    };
    const { id } = await spec.model(tx).create({ data: data as never, select: { id: true } });
    await spec.afterWrite?.(tx, id, input, { userId });
    return finish(spec, tx, id, 'create', userId);
  });
}

/**
 * Saves an edit made from `expectedVersion`. If someone saved in between, nothing is
 * written and the current record comes back as `conflict`, for the editor to merge.
 */
export async function updateRecord<I, D extends VersionedDto>(
  spec: VersionedSpec<I, D>,
  key: string,
  input: I,
  expectedVersion: number,
  userId: number | null,
  options: { action?: RevisionAction; tx?: Tx } = {},
): Promise<RecordUpdateResult<D>> {
  return run(spec, options.tx, async (tx) => {
    const current = await find(spec, tx, key, false);
    if (!current) throw new NotFound(spec.label);
    // Stale before any check: the editor merges first, then hears what else is wrong.
    if (current.version !== expectedVersion)
      return { conflict: await spec.snapshot(tx, current.id) };
    const before = await spec.beforeUpdate?.(tx, current.id, input, userId);
    const data = { ...(await spec.columns(tx, input, userId)), ...spec.stamp?.(userId) };
    await ensureBaseline(spec, tx, current.id);
    // The version check and the bump are one statement, so two concurrent saves cannot both pass.
    const bumped = await spec.model(tx).updateMany({
      where: { id: current.id, version: expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (bumped.count === 0) return { conflict: await spec.snapshot(tx, current.id) };
    await spec.afterWrite?.(tx, current.id, input, { userId, before });
    return { record: await finish(spec, tx, current.id, options.action ?? 'update', userId) };
  });
}

/** Trash (soft) or restore; both are new revisions, nothing is deleted. */
export async function setRecordTrashed<I, D extends VersionedDto>(
  spec: VersionedSpec<I, D>,
  key: string,
  trashed: boolean,
  userId: number | null,
  tx?: Tx,
): Promise<D> {
  return run(spec, tx, async (tx) => {
    const current = await find(spec, tx, key, !trashed);
    if (!current) throw new NotFound(trashed ? spec.label : `Trashed ${spec.label.toLowerCase()}`);
    const reason = trashed ? await spec.inUse?.(tx, current.id) : null;
    if (reason) throw new InUse(reason);
    await ensureBaseline(spec, tx, current.id);
    await spec.model(tx).updateMany({
      where: { id: current.id },
      data: {
        deletedAt: trashed ? new Date() : null,
        ...spec.stamp?.(userId),
        version: { increment: 1 },
      },
    });
    return finish(spec, tx, current.id, trashed ? 'trash' : 'restore', userId);
  });
}

/** Brings back the content of an earlier version as a new revision (nothing is rewritten). */
export async function revertRecord<I, D extends VersionedDto>(
  spec: VersionedSpec<I, D>,
  key: string,
  version: number,
  userId: number | null,
): Promise<D> {
  return run(spec, undefined, async (tx) => {
    const current = await find(spec, tx, key, false);
    if (!current) throw new NotFound(spec.label);
    const revision = await tx.revision.findUnique({
      where: {
        entityType_entityId_version: { entityType: spec.entityType, entityId: current.id, version },
      },
    });
    if (!revision) throw new NotFound('Revision');
    const old = revision.snapshot as unknown as D;
    const input = spec.schema.parse(
      spec.revertInput ? spec.revertInput(old, { key, version }) : spec.toInput(old),
    ) as I;
    const result = await updateRecord(spec, key, input, current.version, userId, {
      action: 'revert',
      tx,
    });
    return (result.record ?? result.conflict) as D;
  });
}
