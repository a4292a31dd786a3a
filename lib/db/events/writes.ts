import 'server-only';
import { HttpError, InvalidInput, NotFound } from '../../http/errors.ts';
import { eventToInput } from '../../events/event-input.ts';
import { eventInputSchema, type EventInput } from '../../schemas/event.ts';
import { getDb } from '../core/client.ts';
import { eventColumns, statusSourceId, writeEventContent } from './content.ts';
import { snapshotEvent } from './reads.ts';
import { recordRevision, type RevisionAction, type Tx } from '../core/revisions.ts';
import { isReviewRequired } from '../core/settings.ts';
import type { EventDto } from '../../shapes/event.ts';

export type UpdateResult =
  { event: EventDto; conflict?: undefined } | { conflict: EventDto; event?: undefined };

export class ReviewRequired extends HttpError {
  constructor() {
    super(403, 'review_required', 'Review is required: another editor must publish this event.', {
      fields: { publication: 'Another editor must publish this event (review is required)' },
    });
  }
}

async function assertSlugFree(tx: Tx, slug: string, exceptId?: number) {
  const other = await tx.event.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== exceptId)
    throw new InvalidInput({
      slug: 'An event with this slug already exists (possibly in the trash)',
    });
}

async function finish(
  tx: Tx,
  id: number,
  action: RevisionAction,
  userId: number | null,
): Promise<EventDto> {
  const snapshot = await snapshotEvent(tx, id);
  await recordRevision(tx, {
    entityType: 'event',
    entityId: id,
    version: snapshot.version,
    action,
    snapshot,
    authorId: userId,
  });
  return snapshot;
}

/** Creates an event with its first status entry and revision, in one transaction. */
export async function createEvent(
  input: EventInput,
  userId: number | null,
  tx?: Tx,
): Promise<EventDto> {
  const run = async (tx: Tx) => {
    await assertSlugFree(tx, input.slug);
    if (input.publication === 'published' && (await isReviewRequired(tx)))
      throw new ReviewRequired();
    const event = await tx.event.create({
      data: { ...eventColumns(input), createdById: userId, updatedById: userId },
      select: { id: true, slug: true },
    });
    await writeEventContent(tx, event, input, userId);
    const sourceId = await statusSourceId(tx, event.id, input.statusSourceUrl);
    await tx.statusChange.create({
      data: {
        eventId: event.id,
        toStatus: input.status,
        reason: input.statusReason ?? 'First recorded',
        sourceId,
        changedById: userId,
      },
    });
    return finish(tx, event.id, 'create', userId);
  };
  return tx ? run(tx) : getDb().$transaction(run);
}

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
  const run = async (tx: Tx): Promise<UpdateResult> => {
    const current = await tx.event.findFirst({
      where: { slug, deletedAt: null },
      select: { id: true, version: true, status: true, publication: true, createdById: true },
    });
    if (!current) throw new NotFound('Event');
    if (current.version !== expectedVersion)
      return { conflict: await snapshotEvent(tx, current.id) };
    await assertSlugFree(tx, input.slug, current.id);
    const statusChanged = input.status !== current.status;
    if (statusChanged && !input.statusReason)
      throw new InvalidInput({ statusReason: 'Say why the status changed' });
    const publishing = current.publication === 'draft' && input.publication === 'published';
    if (publishing && current.createdById === userId && (await isReviewRequired(tx)))
      throw new ReviewRequired();
    // The version check and the bump are one statement, so two concurrent saves cannot both pass.
    const bumped = await tx.event.updateMany({
      where: { id: current.id, version: expectedVersion },
      data: { ...eventColumns(input), updatedById: userId, version: { increment: 1 } },
    });
    if (bumped.count === 0) return { conflict: await snapshotEvent(tx, current.id) };
    await writeEventContent(tx, { id: current.id, slug: input.slug }, input, userId);
    if (statusChanged) {
      const sourceId = await statusSourceId(tx, current.id, input.statusSourceUrl);
      await tx.statusChange.create({
        data: {
          eventId: current.id,
          fromStatus: current.status,
          toStatus: input.status,
          reason: input.statusReason!,
          sourceId,
          changedById: userId,
        },
      });
    }
    return { event: await finish(tx, current.id, action, userId) };
  };
  return tx ? run(tx) : getDb().$transaction(run);
}

async function setTrashed(
  slug: string,
  trashed: boolean,
  userId: number | null,
): Promise<EventDto> {
  return getDb().$transaction(async (tx) => {
    const event = await tx.event.findFirst({
      where: { slug, deletedAt: trashed ? null : { not: null } },
      select: { id: true },
    });
    if (!event) throw new NotFound(trashed ? 'Event' : 'Trashed event');
    await tx.event.update({
      where: { id: event.id },
      data: {
        deletedAt: trashed ? new Date() : null,
        updatedById: userId,
        version: { increment: 1 },
      },
    });
    return finish(tx, event.id, trashed ? 'trash' : 'restore', userId);
  });
}

/** Soft delete: the event leaves every public page but stays, with its history, in the trash. */
export const trashEvent = (slug: string, userId: number | null) => setTrashed(slug, true, userId);
export const restoreEvent = (slug: string, userId: number | null) =>
  setTrashed(slug, false, userId);

/** Brings back the content of an earlier version, as a new revision (nothing is rewritten). */
export async function revertEvent(
  slug: string,
  version: number,
  userId: number | null,
): Promise<EventDto> {
  return getDb().$transaction(async (tx) => {
    const event = await tx.event.findFirst({
      where: { slug, deletedAt: null },
      select: { id: true, version: true },
    });
    if (!event) throw new NotFound('Event');
    const revision = await tx.revision.findUnique({
      where: { entityType_entityId_version: { entityType: 'event', entityId: event.id, version } },
    });
    if (!revision) throw new NotFound('Revision');
    const old = revision.snapshot as unknown as EventDto;
    const input = eventInputSchema.parse({
      ...eventToInput(old),
      slug,
      statusReason: `Reverted to version ${version}`,
    });
    const result = await updateEvent(slug, input, event.version, userId, 'revert', tx);
    return result.event ?? result.conflict;
  });
}
