import 'server-only';
import { InvalidInput, ReviewRequired } from '../../errors.ts';
import { eventToInput } from '../../events/event-input.ts';
import { eventInputSchema, eventUpdateSchema, type EventInput } from '../../schemas/event.ts';
import type { Tx } from '../core/revisions.ts';
import { isReviewRequired } from '../core/settings.ts';
import type { RecordDelegate, VersionedSpec } from '../versioned/writes.ts';
import { eventColumns, statusSourceAndDate, writeEventContent } from './content.ts';
import { snapshotEvent } from './reads.ts';
import type { EventDto } from '../../shapes/event.ts';

// Events on the one write path (lib/db/versioned/writes.ts). What they add: a free slug,
// the review rule, who made and last changed the row, their links and quotes
// (lib/db/events/content.ts), and a status history entry whenever the status changes.

async function assertSlugFree(tx: Tx, slug: string, exceptId?: number) {
  const other = await tx.event.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== exceptId)
    throw new InvalidInput({
      slug: 'An event with this slug already exists (possibly in the trash)',
    });
}

/** What an update needs of the stored row, found before the bump overwrites it. */
interface Before {
  status: string;
}

export const EVENT_SPEC: VersionedSpec<EventInput, EventDto> = {
  entityType: 'event',
  label: 'Event',
  permission: 'events.write',
  schema: eventInputSchema,
  updateSchema: eventUpdateSchema,
  model: (tx) => tx.event as unknown as RecordDelegate,
  where: (slug) => ({ slug }),
  keyOf: (e) => e.slug,
  columns: async (_tx, input) => eventColumns(input),
  createColumns: async (_tx, _input, userId) => ({ createdById: userId }),
  stamp: (userId) => ({ updatedById: userId }),
  async beforeCreate(tx, input) {
    await assertSlugFree(tx, input.slug);
    if (input.publication === 'published' && (await isReviewRequired(tx)))
      throw new ReviewRequired();
  },
  async beforeUpdate(tx, id, input, userId): Promise<Before> {
    const current = await tx.event.findUniqueOrThrow({
      where: { id },
      select: { status: true, publication: true, createdById: true },
    });
    await assertSlugFree(tx, input.slug, id);
    if (input.status !== current.status && !input.statusReason)
      throw new InvalidInput({ statusReason: 'Say why the status changed' });
    const publishing = current.publication === 'draft' && input.publication === 'published';
    if (publishing && current.createdById === userId && (await isReviewRequired(tx)))
      throw new ReviewRequired();
    return { status: current.status };
  },
  async afterWrite(tx, id, input, { userId, before }) {
    await writeEventContent(tx, { id, slug: input.slug }, input, userId);
    const from = (before as Before | undefined)?.status ?? null;
    if (from === input.status) return;
    await tx.statusChange.create({
      data: {
        eventId: id,
        fromStatus: from as EventInput['status'] | null,
        toStatus: input.status,
        // A new event's first entry needs no reason; a change was refused without one.
        reason: from ? input.statusReason! : (input.statusReason ?? 'First recorded'),
        ...(await statusSourceAndDate(tx, id, input.statusSourceUrl, from === null)),
        changedById: userId,
      },
    });
  },
  snapshot: snapshotEvent,
  toInput: eventToInput,
  revertInput: (old, { key, version }) => ({
    ...eventToInput(old),
    slug: key,
    statusReason: `Reverted to version ${version}`,
  }),
  duplicate: { slug: 'An event with this slug already exists (possibly in the trash)' },
};
