import 'server-only';
import type { Prisma } from './generated/client.ts';

export type Tx = Prisma.TransactionClient;
export type RevisionAction = 'create' | 'update' | 'trash' | 'restore' | 'revert';

/**
 * Appends a full snapshot of a record after a write. Called inside the write's own
 * transaction, so a write without its revision cannot be committed.
 */
export async function recordRevision(
  tx: Tx,
  entry: {
    entityType: 'event' | 'actor' | 'source' | 'quote' | 'tag' | 'trade_observation' | 'relation';
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
