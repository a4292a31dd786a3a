import 'server-only';
import { diffFields } from '../../records/diff.ts';
import { getDb } from '../core/client.ts';
import type { AnyRecordSpec } from './writes.ts';
import type { RevisionEntry } from '../../shapes/records.ts';

/**
 * Every revision of one record, newest first, each with the fields it changed compared
 * with the revision before it. `toInput` turns a snapshot into the fields editors edit.
 */
export async function listRevisions(
  entityType: string,
  entityId: number,
  toInput: (snapshot: never) => Record<string, unknown>,
): Promise<RevisionEntry[]> {
  const rows = await getDb().revision.findMany({
    where: { entityType, entityId },
    orderBy: { version: 'asc' },
    select: {
      version: true,
      action: true,
      createdAt: true,
      snapshot: true,
      author: { select: { name: true } },
    },
  });
  const inputs = rows.map((r) => toInput(r.snapshot as never));
  return rows
    .map((r, i) => ({
      version: r.version,
      action: r.action,
      at: r.createdAt.toISOString(),
      author: r.author?.name ?? null,
      changes: diffFields(i ? inputs[i - 1] : null, inputs[i]),
    }))
    .reverse();
}

/** The revisions of a record by its URL key (trashed ones too); null when there is none. */
export async function listRecordRevisions(
  spec: AnyRecordSpec,
  key: string,
): Promise<RevisionEntry[] | null> {
  const where = spec.where(key);
  const row = where
    ? await getDb().$transaction((tx) =>
        spec.model(tx).findFirst({ where, select: { id: true, version: true } }),
      )
    : null;
  return row ? listRevisions(spec.entityType, row.id, spec.toInput) : null;
}
