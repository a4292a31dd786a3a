import 'server-only';
import { getDb, getPrimaryDb, getReplicaDb, type Db } from './client.ts';
import { freshSharedRead } from './fresh-shared-read.ts';
import { replicaReachable } from './replica.ts';

/**
 * A string that changes whenever anything a reader sees changes. The data_version counter
 * is bumped at commit by triggers on every reader table (see the scale migration), so this
 * is one primary-key read whatever the size of the data.
 */
async function readFingerprint(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT n FROM data_version WHERE id = 1`;
  return String(row.n);
}

// Every public request reads the fingerprint, so concurrent requests share one read that
// started after they arrived: one query per round trip under load, and still never a version
// from before a reader's request.
const sharedOnPrimary = freshSharedRead(() => readFingerprint(getPrimaryDb()));
const sharedOnReplica = freshSharedRead(() => readFingerprint(getReplicaDb()!));

/**
 * The version of the data this request reads. Read where the data is read: for a public read
 * on a replica, in the request's snapshot there (getDb()); on the primary, shared as above
 * (the data, read after it, is never older than it). `db` reads it on that database.
 */
export function getReaderDataFingerprint(db?: Db): Promise<string> {
  if (db) return readFingerprint(db);
  const target = getDb();
  return target === getPrimaryDb() ? sharedOnPrimary() : readFingerprint(target);
}

/**
 * The latest version public reads can see, to look up kept responses: shared, and outside
 * any request's snapshot (opening one per cache hit costs a transaction each). What is then
 * made and kept is keyed by getReaderDataFingerprint(), the version it was made from.
 */
function latestPublicFingerprint(): Promise<string> {
  return getReplicaDb() && replicaReachable() ? sharedOnReplica() : sharedOnPrimary();
}

// The web server's cache of whole public responses (scripts/public-cache.mjs) uses both; it
// runs in the same process, outside the app's modules.
(globalThis as Record<symbol, unknown>)[Symbol.for('alliance-tracker.reader-fingerprint')] = {
  latest: latestPublicFingerprint,
  exact: () => getReaderDataFingerprint(),
};
