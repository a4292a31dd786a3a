// `npm start` against a server named by DATABASE_URL: it must start no embedded
// database, prepare the given one (migrate, seed, admin) and serve the seeded pages.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { findPort } from '../../scripts/lib/embedded-postgres.ts';

const database = `alliance_start_${process.pid}`;
const serverAdminUrl = inject('serverAdminUrl');
const unusedEmbeddedDir = path.join(os.tmpdir(), `alliance-unused-${process.pid}`);

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function databaseUrl(): string {
  const u = new URL(serverAdminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs the start script until it prints that it is ready; resolves with its output. */
async function start(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/start.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(),
      PORT: String(port),
      EMBEDDED_PG_DIR: unusedEmbeddedDir,
      ADMIN_EMAIL: 'first-admin@example.org',
      ADMIN_PASSWORD: undefined,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    // The last line it prints: everything above it (sign-in, password) has arrived.
    const check = () => (output.includes('Press Ctrl-C to stop.') ? resolve() : undefined);
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
  return { child, output: () => output };
}

async function stop(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

beforeAll(() => admin(`CREATE DATABASE "${database}"`));
afterAll(() => admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));

describe('npm start with DATABASE_URL', () => {
  test('uses that database, seeds it, prints the admin password once and serves the seeded pages', async () => {
    const port = await findPort();
    const first = await start(port);
    try {
      expect(first.output()).toContain('Using the database at DATABASE_URL.');
      expect(first.output()).toMatch(
        /Seed loaded: 51 actors, 8 tags, \d+ sources, 33 events, 34 quotes, 77 trade/,
      );
      expect(first.output()).toMatch(/first-admin@example\.org\n\s+password: \S{16,}/);
      const home = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      expect(home).toContain(
        'Russia–DPRK Comprehensive Strategic Partnership Treaty enters into force',
      );
      const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', counts: { events: 33 } });
      expect(existsSync(unusedEmbeddedDir)).toBe(false);
    } finally {
      await stop(first.child);
    }

    const second = await start(port);
    try {
      expect(second.output()).not.toContain('password:');
      expect(second.output()).not.toContain('Seed loaded');
      const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
      expect(health.counts.events).toBe(33);
    } finally {
      await stop(second.child);
    }
  }, 300_000);
});
