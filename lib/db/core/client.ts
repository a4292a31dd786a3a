import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/client.ts';
import { env } from '../../env.ts';

/** The one Prisma client. Cached on globalThis so dev reloads don't open new pools. */
function createClient(url: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 10 }),
    omit: { user: { passwordHash: true }, apiToken: { tokenHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;

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
export function pointDbAt(url: string): void {
  globalForDb.allianceDb = createClient(url);
}

/** For scripts and tests that talk to a database other than the app's. */
export function createDb(url: string): Db {
  return createClient(url);
}
