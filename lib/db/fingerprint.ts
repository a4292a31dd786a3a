import 'server-only';
import { getDb } from './client.ts';

/**
 * A string that changes whenever anything a reader sees changes: the latest write to an
 * event, actor, source, quote or tag, and the number of events (a hard delete lowers it).
 * TODO(#3): max(updated_at) scans the event table; at a million rows add an index on
 * event(updated_at) so this stays a few milliseconds.
 */
export async function getReaderDataFingerprint(): Promise<string> {
  const [row] = await getDb().$queryRaw<{ t: Date | null; n: bigint }[]>`
    SELECT greatest(
      (SELECT max(updated_at) FROM event), (SELECT max(updated_at) FROM actor),
      (SELECT max(updated_at) FROM source), (SELECT max(updated_at) FROM quote),
      (SELECT max(created_at) FROM tag), (SELECT max(deleted_at) FROM tag)
    ) AS t, (SELECT count(*) FROM event) AS n`;
  return `${row.t?.toISOString() ?? '-'}:${Number(row.n)}`;
}
