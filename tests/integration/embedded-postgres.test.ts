import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { assertReachable } from '../../scripts/lib/database.ts';
import { findPort, startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'alliance-embedded-'));
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  test('keeps every record across a stop and a start', async () => {
    const dir = path.join(root, 'keep');
    const first = await startEmbeddedPostgres({ dir });
    await query(first.url(), "CREATE TABLE note (body text); INSERT INTO note VALUES ('kept')");
    await first.stop();
    const second = await startEmbeddedPostgres({ dir });
    try {
      expect(await query(second.url(), 'SELECT body FROM note')).toEqual([{ body: 'kept' }]);
    } finally {
      await second.stop();
    }
  });

  test('says in one line that the port is taken', async () => {
    const port = await findPort();
    const blocker = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      await expect(startEmbeddedPostgres({ dir: path.join(root, 'port'), port })).rejects.toThrow(
        new RegExp(`^Port ${port} for the embedded PostgreSQL is already in use`),
      );
    } finally {
      blocker.close();
    }
  });

  test('says in one line that the data folder is not writable', async () => {
    // A file where a folder should be fails for root and non-root alike.
    const blocked = path.join(root, 'blocked');
    writeFileSync(blocked, 'not a folder');
    await expect(startEmbeddedPostgres({ dir: path.join(blocked, 'data') })).rejects.toThrow(
      /^The database folder .* is not writable \(E[A-Z]+\); set EMBEDDED_PG_DIR/,
    );
  });
});

describe('assertReachable', () => {
  test('says in one line that DATABASE_URL cannot be reached', async () => {
    const port = await findPort();
    await expect(assertReachable(`postgresql://nobody:x@127.0.0.1:${port}/none`)).rejects.toThrow(
      `Cannot reach the database at 127.0.0.1:${port}/none (DATABASE_URL): connection refused.`,
    );
  });
});
