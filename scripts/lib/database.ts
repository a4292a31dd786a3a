// Which database a script talks to: DATABASE_URL when set, else the embedded one.
import pg from 'pg';
import type { Env } from '../../lib/env.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { StartupError } from './startup-error.ts';

/** Connects once to prove the server is there; explains in one line when it is not. */
export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  const where = (() => {
    try {
      const u = new URL(url);
      return `${u.hostname}:${u.port || 5432}${u.pathname}`;
    } catch {
      return 'DATABASE_URL';
    }
  })();
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why =
      e.code === 'ECONNREFUSED'
        ? 'connection refused'
        : e.code === 'ENOTFOUND'
          ? 'host not found'
          : e.code === '28P01'
            ? 'password authentication failed'
            : e.code === '3D000'
              ? 'database does not exist'
              : /timeout/i.test(e.message)
                ? 'timed out'
                : e.message;
    throw new StartupError(`Cannot reach the database at ${where} (DATABASE_URL): ${why}.`);
  } finally {
    await client.end().catch(() => {});
  }
}

export interface Database {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
  /** Embedded only: restart the server whenever it exits unasked (EmbeddedServer.keepRunning). */
  keepRunning?: (log: (line: string) => void) => void;
}

export async function openDatabase(env: Env, log?: (line: string) => void): Promise<Database> {
  if (env.DATABASE_URL) {
    await assertReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dir: env.EMBEDDED_PG_DIR,
    port: env.EMBEDDED_PG_PORT,
    log,
  });
  return { url: server.url(), embedded: true, stop: server.stop, keepRunning: server.keepRunning };
}

export async function withDatabase(env: Env, run: (url: string) => Promise<void>): Promise<void> {
  const db = await openDatabase(env);
  try {
    await run(db.url);
  } finally {
    await db.stop();
  }
}
