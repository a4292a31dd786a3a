import 'server-only';
import type { EventInput } from '../../schemas/event.ts';
import type { RevisionAction, Tx } from '../core/revisions.ts';
import { createRecord, revertRecord, setRecordTrashed, updateRecord } from '../versioned/writes.ts';
import type { EventDto } from '../../shapes/event.ts';
import { getDb } from '../core/client.ts';
import { unmergeEvent } from './merge.ts';
import { EVENT_SPEC } from './spec.ts';

// The event writes the app calls, by slug: the one write path with EVENT_SPEC.

export type UpdateResult =
  { event: EventDto; conflict?: undefined } | { conflict: EventDto; event?: undefined };

/** Creates an event with its first status entry and revision, in one transaction. */
export const createEvent = (input: EventInput, userId: number | null, tx?: Tx) =>
  createRecord(EVENT_SPEC, input, userId, tx);

/**
 * Saves an edit made from `expectedVersion`. If someone saved in between, nothing is
 * written and the current event comes back as `conflict`, for the editor to merge.
 */
export async function updateEvent(
  slug: string,
  input: EventInput,
  expectedVersion: number,
  userId: number | null,
  action: RevisionAction = 'update',
  tx?: Tx,
): Promise<UpdateResult> {
  const result = await updateRecord(EVENT_SPEC, slug, input, expectedVersion, userId, {
    action,
    tx,
  });
  return result.conflict ? { conflict: result.conflict } : { event: result.record };
}

/** Soft delete: the event leaves every public page but stays, with its history, in the trash. */
export const trashEvent = (slug: string, userId: number | null) =>
  setRecordTrashed(EVENT_SPEC, slug, true, userId);
/**
 * Brings an event back from the trash. One that was merged comes back as an unmerge brings it
 * (its quotes with it, the survivor as it was), never half-merged.
 */
export async function restoreEvent(slug: string, userId: number | null): Promise<EventDto> {
  const merged = await getDb().event.findFirst({
    where: { slug, mergedIntoId: { not: null }, deletedAt: { not: null } },
    select: { id: true },
  });
  if (!merged) return setRecordTrashed(EVENT_SPEC, slug, false, userId);
  await unmergeEvent(slug, userId);
  return getDb().$transaction((tx) => EVENT_SPEC.snapshot(tx, merged.id));
}

/** Brings back the content of an earlier version, as a new revision (nothing is rewritten). */
export const revertEvent = (slug: string, version: number, userId: number | null) =>
  revertRecord(EVENT_SPEC, slug, version, userId);
