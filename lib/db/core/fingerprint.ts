import 'server-only';
import { getDb } from './client.ts';
import { freshSharedRead } from './fresh-shared-read.ts';

/**
 * A string that changes whenever anything a reader sees changes. The data_version counter
 * is bumped at commit by triggers on every reader table (see the scale migration), so this
 * is one primary-key read whatever the size of the data.
 */
async function readFingerprint(): Promise<string> {
  const [row] = await getDb().$queryRaw<{ n: bigint }[]>`SELECT n FROM data_version WHERE id = 1`;
  return String(row.n);
}

/**
 * Every public request reads the fingerprint (the response cache's key), so concurrent
 * requests share one read that started after they arrived: one query per round trip under
 * load, and still never a version from before a reader's request.
 */
export const getReaderDataFingerprint: () => Promise<string> = freshSharedRead(readFingerprint);

// The web server's cache of whole public responses (scripts/public-cache.mjs) keys them by
// this; it runs in the same process, outside the app's modules.
(globalThis as Record<symbol, unknown>)[Symbol.for('alliance-tracker.reader-fingerprint')] =
  getReaderDataFingerprint;
