// A throwaway PostgreSQL for the integration suite: embedded by default, or a fresh
// database on the local server named by TEST_DATABASE_URL. Never a remote server.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../scripts/lib/embedded-postgres.ts';

export interface TestServer {
  /** URL of a database on this server. */
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<string>;
  dropDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function startTestServer(): Promise<TestServer> {
  let adminUrl: string;
  let embedded: EmbeddedServer | undefined;
  let dir: string | undefined;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
    const host = new URL(adminUrl).hostname;
    if (!LOCAL_HOSTS.has(host))
      throw new Error(`Refusing to run tests against the non-local database host ${host}.`);
  } else {
    // Under the system temp folder so the postgres user can reach it when run as root.
    dir = mkdtempSync(path.join(os.tmpdir(), 'alliance-test-pg-'));
    chmodSync(dir, 0o755); // mkdtemp makes it 0700; the postgres user must pass through
    embedded = await startEmbeddedPostgres({ dir: path.join(dir, 'data') });
    adminUrl = embedded.url('postgres');
  }
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    url: (database) => withDatabase(adminUrl, database),
    async createDatabase(name) {
      await admin(`CREATE DATABASE "${name}"`);
      return withDatabase(adminUrl, name);
    },
    async dropDatabase(name) {
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
    async stop() {
      await embedded?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
