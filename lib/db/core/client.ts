import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/client.ts';
import { env } from '../../env.ts';
import { asUnavailable } from './unavailable.ts';

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
function createClient(url: string, timeouts: DbTimeouts = APP_TIMEOUTS): Db {
  return plainClient(url, timeouts).$extends({
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

function plainClient(url: string, timeouts: DbTimeouts) {
  const statement = timeouts.statementTimeoutMs;
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: url,
      max: 10,
      connectionTimeoutMillis: timeouts.connectTimeoutMs,
      keepAlive: true,
      ...(statement > 0 && { statement_timeout: statement, query_timeout: statement + 1000 }),
    }),
    omit: { user: { passwordHash: true }, apiToken: { tokenHash: true } },
  });
}

export type Db = ReturnType<typeof plainClient>;

const globalForDb = globalThis as unknown as { allianceDb?: Db };

export function getDb(): Db {
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

/** Points every lib/db function in this process at `url`: for scripts (the benchmark) that run product code on their own database. */
export function pointDbAt(url: string, timeouts?: DbTimeouts): void {
  globalForDb.allianceDb = createClient(url, timeouts);
}

/** For scripts and tests that talk to a database other than the app's. */
export function createDb(url: string, timeouts?: DbTimeouts): Db {
  return createClient(url, timeouts);
}
