import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/client.ts';
import { env } from '../../env.ts';
import { asUnavailable } from './unavailable.ts';
import { publicReadDb } from './replica.ts';

export interface DbTimeouts {
  /** Wait for a connection (a new one, or a free one from the pool); DB_CONNECT_TIMEOUT_MS. */
  connectTimeoutMs: number;
  /** Longest statement, 0 for none; DB_STATEMENT_TIMEOUT_MS. */
  statementTimeoutMs: number;
}

const APP_TIMEOUTS: DbTimeouts = {
  connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
  statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
};

/**
 * The one Prisma client. Cached on globalThis so dev reloads don't open new pools.
 * Timeouts: the server cancels a statement past statement_timeout; a frozen or vanished
 * server cancels nothing, so the driver gives up a second later (query_timeout) and drops
 * that connection. A failure to reach the database surfaces as DatabaseUnavailable (503).
 */
function createClient(url: string, timeouts: DbTimeouts = APP_TIMEOUTS, poolSize = 10): Db {
  return plainClient(url, timeouts, poolSize).$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (err) {
          throw asUnavailable(err);
        }
      },
    },
    // The extension changes no types; lib/db passes Prisma.TransactionClient about, which an
    // extended client's types do not satisfy.
  }) as unknown as Db;
}

function plainClient(url: string, timeouts: DbTimeouts, poolSize = 10) {
  const statement = timeouts.statementTimeoutMs;
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: url,
      max: poolSize,
      connectionTimeoutMillis: timeouts.connectTimeoutMs,
      keepAlive: true,
      ...(statement > 0 && { statement_timeout: statement, query_timeout: statement + 1000 }),
    }),
    omit: { user: { passwordHash: true }, apiToken: { tokenHash: true } },
  });
}

export type Db = ReturnType<typeof plainClient>;

const globalForDb = globalThis as unknown as { allianceDb?: Db; allianceReplicaDb?: Db };

/**
 * The database to use: for a public read with DATABASE_REPLICA_URL set, that request's
 * snapshot on the replica (lib/db/core/replica.ts); otherwise the primary.
 */
export function getDb(): Db {
  const replica = getReplicaDb();
  if (!replica) return getPrimaryDb();
  return publicReadDb(replica, getPrimaryDb, APP_TIMEOUTS.connectTimeoutMs) ?? getPrimaryDb();
}

/** The primary (DATABASE_URL), whoever asks: writes go here, and checks of the site itself. */
export function getPrimaryDb(): Db {
  if (!globalForDb.allianceDb) {
    if (!env.DATABASE_URL) {
      throw new Error(
        'DATABASE_URL is not set: start the app with `npm start`, which provides it.',
      );
    }
    globalForDb.allianceDb = createClient(env.DATABASE_URL);
  }
  return globalForDb.allianceDb;
}

// A public read holds its connection until its response is done (one snapshot per response),
// so the replica's pool is larger than the primary's.
/** The replica (DATABASE_REPLICA_URL), outside any request's snapshot; undefined when unset. */
export function getReplicaDb(): Db | undefined {
  if (!globalForDb.allianceReplicaDb && env.DATABASE_REPLICA_URL)
    globalForDb.allianceReplicaDb = createClient(env.DATABASE_REPLICA_URL, APP_TIMEOUTS, 20);
  return globalForDb.allianceReplicaDb;
}

/** Sends this process's public reads to the replica at `url`, as DATABASE_REPLICA_URL does: for tests. */
export function pointReplicaAt(url: string): void {
  globalForDb.allianceReplicaDb = createClient(url, APP_TIMEOUTS, 20);
}

/** Points every lib/db function in this process at `url`: for scripts (the benchmark) that run product code on their own database. */
export function pointDbAt(url: string, timeouts?: DbTimeouts): void {
  globalForDb.allianceDb = createClient(url, timeouts);
}

/** For scripts and tests that talk to a database other than the app's. */
export function createDb(url: string, timeouts?: DbTimeouts): Db {
  return createClient(url, timeouts);
}
