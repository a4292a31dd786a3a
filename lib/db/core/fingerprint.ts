import 'server-only';
import { getDb, type Db } from './client.ts';

/**
 * A string that changes whenever anything a reader sees changes. The data_version counter
 * is bumped at commit by triggers on every reader table (see the scale migration), so this
 * is one primary-key read whatever the size of the data. Read where the data is read: for a
 * public read on a replica, in the request's snapshot there (getDb()).
 */
export async function getReaderDataFingerprint(db: Db = getDb()): Promise<string> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT n FROM data_version WHERE id = 1`;
  return String(row.n);
}

// The web server's cache of whole public responses (scripts/public-cache.mjs) keys them by
// this; it runs in the same process, outside the app's modules.
(globalThis as Record<symbol, unknown>)[Symbol.for('alliance-tracker.reader-fingerprint')] = () =>
  getReaderDataFingerprint();
