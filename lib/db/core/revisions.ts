import 'server-only';
import type { Prisma } from '../generated/client.ts';
import type { RevisionAction } from '../../schemas/enums.ts';

export type { RevisionAction };

export type Tx = Prisma.TransactionClient;
export type RevisionEntity =
  | 'event'
  | 'actor'
  | 'source'
  | 'quote'
  | 'tag'
  | 'trade_observation'
  | 'relation'
  | 'estimate'
  | 'era'
  | 'event_link';

/**
 * Appends a full snapshot of a record after a write. Called inside the write's own
 * transaction, so a write without its revision cannot be committed.
 */
export async function recordRevision(
  tx: Tx,
  entry: {
    entityType: RevisionEntity;
    entityId: number;
    version: number;
    action: RevisionAction;
    snapshot: unknown;
    authorId: number | null;
  },
): Promise<void> {
  await tx.revision.create({
    data: { ...entry, snapshot: entry.snapshot as Prisma.InputJsonValue },
  });
}

/**
 * The first revision of many records at once (bulk import), as one statement. The snapshots
 * go as one JSON array beside an array of ids, zipped by position: `json` is only checked on
 * the way in and each element parsed once into jsonb, where a `jsonb` array of {id, snapshot}
 * would be parsed whole and then taken apart (about a third slower for 5,000 snapshots).
 */
export async function recordCreations(
  tx: Tx,
  entityType: RevisionEntity,
  records: { id: number; snapshot: unknown }[],
  authorId: number | null,
): Promise<void> {
  if (!records.length) return;
  await tx.$executeRaw`
    INSERT INTO revision (entity_type, entity_id, version, action, snapshot, author_id)
    SELECT ${entityType}, id, 1, 'create', snapshot::jsonb, ${authorId}::int
    FROM ROWS FROM (unnest(${records.map((r) => r.id)}::int[]), json_array_elements(${JSON.stringify(records.map((r) => r.snapshot))}::json)) AS x(id, snapshot)`;
}
