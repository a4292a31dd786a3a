// What a reader and an editor get while the database is gone or frozen: a quick 503 with
// Retry-After (never a 500, never an endless wait), a health check that answers within a
// second, and an embedded server that `npm start`'s supervision (keepRunning) brings back by
// itself, with every acknowledged write still there. A real embedded PostgreSQL of its own,
// killed and frozen with real signals.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as health } from '../../app/api/health/route.ts';
import { GET as listTagsRoute, POST as createTagRoute } from '../../app/api/tags/route.ts';
import { getDb, pointDbAt } from '../../lib/db/core/client.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../scripts/lib/embedded-postgres.ts';
import { applyMigrations } from '../../scripts/lib/migrations.ts';
import { makeUser } from '../helpers/auth.ts';

const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 2000;

let dir: string;
let server: EmbeddedServer;
let bearer: Record<string, string>;
const supervisorLog: string[] = [];

/** Waits for a condition (polled), failing with `what` after `ms`. */
async function until(what: string, condition: () => boolean | Promise<boolean>, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The postmaster and every process it started (backends, checkpointer, WAL writer…). */
function serverProcesses(postmaster: number): number[] {
  const pids = [postmaster];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) pids.push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

function createTag(slug: string) {
  return createTagRoute(
    new Request('http://localhost/api/tags', {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ slug, name: `Fault test ${slug}` }),
    }),
    undefined,
  );
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'alliance-faults-pg-'));
  chmodSync(dir, 0o755); // the postgres user (when run as root) must pass through
  server = await startEmbeddedPostgres({ dir: path.join(dir, 'data') });
  server.keepRunning((line) => supervisorLog.push(line));
  await applyMigrations(server.url());
  pointDbAt(server.url(), {
    connectTimeoutMs: CONNECT_TIMEOUT_MS,
    statementTimeoutMs: STATEMENT_TIMEOUT_MS,
  });
  ({ bearer } = await makeUser('editor'));
});

afterAll(async () => {
  await getDb().$disconnect();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the embedded PostgreSQL killed during a stream of writes', () => {
  test('writes answer 503 with Retry-After while it is down, it restarts by itself, and every acknowledged write is kept', async () => {
    const answers: { slug: string; status: number; retryAfter: string | null; ms: number }[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const slug = `fault-${i}`;
        const t0 = Date.now();
        const response = await createTag(slug);
        answers.push({
          slug,
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          ms: Date.now() - t0,
        });
      }
    })();
    try {
      await until('20 writes before the kill', () => answers.length >= 20);
      const killedAt = answers.length;
      process.kill(server.pid()!, 'SIGKILL');
      await until('a 503 after the kill', () =>
        answers.slice(killedAt).some((a) => a.status === 503),
      );
      await until('writes acknowledged again after the restart', () => {
        const after = answers.slice(killedAt);
        const firstRefusal = after.findIndex((a) => a.status === 503);
        return after.slice(firstRefusal).filter((a) => a.status === 201).length >= 20;
      });
    } finally {
      writing = false;
      await writer;
    }

    const refused = answers.filter((a) => a.status !== 201);
    expect(refused.length).toBeGreaterThan(0);
    // Every refusal was "unavailable, try again", none a 500, none slow.
    expect(new Set(refused.map((a) => a.status))).toEqual(new Set([503]));
    expect(new Set(refused.map((a) => a.retryAfter))).toEqual(new Set(['5']));
    expect(Math.max(...refused.map((a) => a.ms))).toBeLessThan(
      CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 2000,
    );
    const body = await (await createTag('fault-body-check')).json();
    expect(body.slug).toBe('fault-body-check');

    const kept = new Set(
      (await getDb().tag.findMany({ where: { slug: { startsWith: 'fault-' } } })).map(
        (t) => t.slug,
      ),
    );
    const acknowledged = answers.filter((a) => a.status === 201).map((a) => a.slug);
    expect(acknowledged.filter((slug) => !kept.has(slug))).toEqual([]);
    expect(supervisorLog.join('\n')).toMatch(/exited \(SIGKILL\); restarting it/);
    expect(supervisorLog.join('\n')).toMatch(/running again/);
  });

  test('a refused API request names the problem in the JSON body', async () => {
    // The postmaster and its backends: a backend outlives a killed postmaster for a moment
    // and could still answer on a pooled connection.
    for (const pid of serverProcesses(server.pid()!)) process.kill(pid, 'SIGKILL');
    const response = await listTagsRoute(new Request('http://localhost/api/tags'), undefined);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      error: 'unavailable',
      message:
        'The database is temporarily unavailable; nothing was changed. Try again in a few seconds.',
    });
    await until('the server back', async () => (await health()).status === 200);
  });
});

describe('the embedded PostgreSQL frozen (SIGSTOP)', () => {
  test('health answers 503 within a second, reads answer 503 within the timeouts, and all recovers on SIGCONT', async () => {
    // Open pool connections first, so the freeze also catches queries on live connections.
    expect((await listTagsRoute(new Request('http://localhost/api/tags'), undefined)).status).toBe(
      200,
    );
    const frozen = serverProcesses(server.pid()!);
    for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    try {
      for (let i = 0; i < 3; i++) {
        const t0 = Date.now();
        const response = await health();
        expect(Date.now() - t0).toBeLessThan(1000);
        expect(response.status).toBe(503);
        expect(await response.json()).toMatchObject({ status: 'down', database: 'unreachable' });
      }
      const t0 = Date.now();
      const read = await listTagsRoute(
        new Request('http://localhost/api/tags?frozen=1'),
        undefined,
      );
      expect(read.status).toBe(503);
      expect(read.headers.get('retry-after')).toBe('5');
      expect(Date.now() - t0).toBeLessThan(CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 2000);
    } finally {
      for (const pid of frozen) process.kill(pid, 'SIGCONT');
    }
    await until('health ok after SIGCONT', async () => (await health()).status === 200, 20_000);
    const read = await listTagsRoute(new Request('http://localhost/api/tags'), undefined);
    expect(read.status).toBe(200);
  });
});
