// Public reads on a real streaming replica (DATABASE_REPLICA_URL): an embedded primary, a
// replica made from it with the server binaries alone (scripts/lib/streaming-replica.ts), and
// two web processes (the production build behind scripts/web-server.mjs) using both. Where a
// read was answered is seen the honest way: with the replica's replay paused, an editor's
// write shows to the editor at once and to readers only once the replica has replayed it.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { AsyncLocalStorage } from 'node:async_hooks';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getDb, getPrimaryDb, pointDbAt, pointReplicaAt } from '../../lib/db/core/client.ts';
import { getReaderDataFingerprint } from '../../lib/db/core/fingerprint.ts';
import {
  startEmbeddedPostgres,
  findPort,
  type EmbeddedServer,
} from '../../scripts/lib/embedded-postgres.ts';
import {
  startStreamingReplica,
  type StreamingReplica,
} from '../../scripts/lib/streaming-replica.ts';
import { prepareDatabase } from '../../scripts/lib/setup.ts';
import { makeUser } from '../helpers/auth.ts';

const base = mkdtempSync(path.join(os.tmpdir(), 'alliance-replica-test-'));
chmodSync(base, 0o755); // the postgres user (when run as root) must pass through
let primary: EmbeddedServer | undefined;
let replica: StreamingReplica | undefined;
const webs: { child: ChildProcess; url: string; output: () => string }[] = [];
let editor: Awaited<ReturnType<typeof makeUser>>;
/** The newest published event: in the feed, the export and its own page. */
let slug: string;
let oldTitle: string;

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function startWeb(): Promise<(typeof webs)[number]> {
  const port = await findPort();
  const child = spawn(process.execPath, ['scripts/web-server.mjs', '--port', String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: primary!.url(),
      DATABASE_REPLICA_URL: replica!.url(),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c));
  child.stderr!.on('data', (c: Buffer) => (output += c));
  const web = { child, url: `http://127.0.0.1:${port}`, output: () => output };
  webs.push(web);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => output.includes('listening on port') && resolve());
    child.once('exit', (code) => reject(new Error(`web server exited (${code}):\n${output}`)));
  });
  return web;
}

beforeAll(async () => {
  primary = await startEmbeddedPostgres({ dir: path.join(base, 'primary') });
  await prepareDatabase(primary.url(), { email: 'replica-admin@example.org' });
  pointDbAt(primary.url());
  editor = await makeUser('editor');
  [{ slug, title: oldTitle }] = await sql<{ slug: string; title: string }>(
    primary.url(),
    `SELECT slug, title FROM event WHERE publication = 'published' AND deleted_at IS NULL
     ORDER BY start_date DESC, id DESC LIMIT 1`,
  );
  replica = await startStreamingReplica({
    primaryUrl: primary.url(),
    primaryDir: path.join(base, 'primary'),
    dir: path.join(base, 'replica'),
  });
  await Promise.all([startWeb(), startWeb()]);
}, 120_000);

afterAll(async () => {
  await Promise.all(
    webs.map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }),
  );
  await getPrimaryDb()
    .$disconnect()
    .catch(() => {});
  await replica?.stop();
  await primary?.stop();
  rmSync(base, { recursive: true, force: true });
}, 60_000);

const get = async (web: { url: string }, p: string, headers: Record<string, string> = {}) => {
  const res = await fetch(web.url + p, { headers });
  return { status: res.status, text: await res.text() };
};

/** What a reader (no session, no token) reads of the event on every kind of public read. */
async function publicReads(web: { url: string }) {
  return Promise.all(
    [`/events/${slug}`, `/api/events/${slug}`, '/feed.xml', '/api/events/export.csv'].map((p) =>
      get(web, p),
    ),
  );
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 15_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('public reads on a streaming replica', () => {
  const newTitle = `Replica check ${process.pid}`;

  test('while replay is paused, an editor sees their write at once and readers the replica', async () => {
    for (const web of webs)
      for (const read of await publicReads(web)) {
        expect(read.status).toBe(200);
        expect(read.text).not.toContain(newTitle);
      }
    await sql(replica!.url(), 'SELECT pg_wal_replay_pause()');
    await waitFor(
      async () =>
        (await sql(replica!.url(), 'SELECT pg_get_wal_replay_pause_state() AS s'))[0].s ===
        'paused',
      'the replica paused its replay',
    );

    const current = await (
      await fetch(`${webs[0].url}/api/events/${slug}`, { headers: editor.bearer })
    ).json();
    const write = await fetch(`${webs[0].url}/api/events/${slug}`, {
      method: 'PATCH',
      headers: { ...editor.bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ ...current, title: newTitle }),
    });
    expect(write.status).toBe(200);

    for (const web of webs) {
      // The editor, by token and by session cookie, reads the primary: the write is there.
      const api = await get(web, `/api/events/${slug}`, editor.bearer);
      expect(JSON.parse(api.text).title).toBe(newTitle);
      const page = await get(web, `/events/${slug}`, editor.cookie);
      expect(page.status).toBe(200);
      expect(page.text).toContain(newTitle);
      // A reader, on either process, reads the replica, which has not replayed it yet.
      for (const read of await publicReads(web)) {
        expect(read.status).toBe(200);
        expect(read.text).not.toContain(newTitle);
      }
      expect(JSON.parse((await get(web, `/api/events/${slug}`)).text).title).toBe(oldTitle);
    }
  });

  test('once the replica replays the write, every public read on both processes shows it', async () => {
    await sql(replica!.url(), 'SELECT pg_wal_replay_resume()');
    for (const web of webs)
      await waitFor(async () => {
        const reads = await publicReads(web);
        return reads.every((r) => r.status === 200 && r.text.includes(newTitle));
      }, `${web.url} shows the write to readers`);
  });

  test('a response reads one snapshot: a write replayed in the middle of it is not seen', async () => {
    // As scripts/web-server.mjs does for a signed-out GET: the request's state, then reads.
    const requests = new AsyncLocalStorage<object>();
    (globalThis as Record<symbol, unknown>)[Symbol.for('alliance-tracker.request-faults')] =
      requests;
    pointReplicaAt(replica!.url());
    const titleRead = async () =>
      (await getDb().event.findUnique({ where: { slug }, select: { title: true } }))!.title;
    const onEnd: (() => void)[] = [];
    await requests.run({ publicRead: true, onEnd }, async () => {
      const version = await getReaderDataFingerprint();
      expect(await titleRead()).toBe(newTitle);
      await sql(primary!.url(), 'UPDATE event SET title = $1 WHERE slug = $2', [oldTitle, slug]);
      await waitFor(
        async () =>
          (await sql(replica!.url(), 'SELECT title FROM event WHERE slug = $1', [slug]))[0]
            .title === oldTitle,
        'the replica replayed the second write',
      );
      expect(await getReaderDataFingerprint()).toBe(version);
      expect(await titleRead()).toBe(newTitle);
    });
    onEnd.forEach((end) => end());
    // The next request reads the replica as it is now.
    await requests.run({ publicRead: true, onEnd: [] }, async () => {
      expect(await titleRead()).toBe(oldTitle);
    });
  });

  test('with the replica gone, public reads fall back to the primary, logged once', async () => {
    await replica!.stop();
    replica = undefined;
    for (const web of webs) {
      for (let i = 0; i < 3; i++)
        for (const read of await publicReads(web)) expect(read.status).toBe(200);
      expect(JSON.parse((await get(web, `/api/events/${slug}`)).text).title).toBe(oldTitle);
      expect(
        web.output().match(/the replica at DATABASE_REPLICA_URL does not answer/g),
      ).toHaveLength(1);
    }
  });
});
