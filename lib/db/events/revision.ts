import 'server-only';
import { getDb } from '../core/client.ts';
import { PUBLISHED_LIVE } from '../core/visibility.ts';
import { getEvent } from './reads.ts';
import type { EventDto } from '../../shapes/event.ts';

/** One citable state of an event: its content at `revision`, when that revision was saved. */
export interface EventAtRevision {
  event: EventDto;
  revision: number;
  /** When this revision was saved (ISO). */
  revisedAt: string;
  /** The event's current version: `revision` is past when it is lower. */
  currentVersion: number;
}

/**
 * An event as it stood at revision `revision`, for readers: only while the event itself is
 * public (published, not trashed), and only a revision that was itself a published state.
 * A draft state or a trash revision is null, exactly like one that does not exist, so a
 * `?rev=` cannot uncover what readers never saw. Without `revision`, the current state.
 * Seeded events have no revision row until their first edit: their current version is
 * still citable, dated by the last write.
 */
export async function getEventAtRevision(
  slug: string,
  revision?: number,
): Promise<EventAtRevision | null> {
  const db = getDb();
  const row = await db.event.findFirst({
    where: { slug, ...PUBLISHED_LIVE },
    select: { id: true, version: true, updatedAt: true },
  });
  if (!row) return null;
  const wanted = revision ?? row.version;
  const stored = await db.revision.findUnique({
    where: {
      entityType_entityId_version: { entityType: 'event', entityId: row.id, version: wanted },
    },
    select: { action: true, snapshot: true, createdAt: true },
  });
  if (!stored) {
    if (wanted !== row.version) return null;
    const event = await getEvent(slug);
    return event
      ? {
          event,
          revision: wanted,
          revisedAt: row.updatedAt.toISOString(),
          currentVersion: row.version,
        }
      : null;
  }
  const event = stored.snapshot as unknown as EventDto;
  if (stored.action === 'trash' || event.publication !== 'published') return null;
  return {
    event,
    revision: wanted,
    revisedAt: stored.createdAt.toISOString(),
    currentVersion: row.version,
  };
}
