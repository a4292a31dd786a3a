import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST as archiveRoute } from '../../app/api/sources/[id]/archive/route.ts';
import { POST as checkRoute } from '../../app/api/sources/[id]/check/route.ts';
import { GET as copyRoute } from '../../app/archive/[id]/route.ts';
import { archiveSource, checkAndRecord } from '../../lib/archive/archive-source.ts';
import { checkAllSourceLinks } from '../../lib/archive/check-all.ts';
import { isPublicAddress, safeFetch } from '../../lib/archive/fetch.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { listSourceLinks } from '../../lib/db/sources/snapshots.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';
import { cleanupTestRecords, makeEvent } from '../helpers/factories.ts';

// A local HTTP server started here stands in for the outside web (which this machine
// cannot reach): a page, a huge body, a redirect loop, a 404 and one that never answers.
const PAGE =
  '<!doctype html><html><head><title>Troops seen</title><script>window.ran = 1</script></head>' +
  '<body><h1>Troops seen near Kursk</h1><p>Satellite images &amp; reports.</p></body></html>';
let server: http.Server;
let base: string;
let editor: Awaited<ReturnType<typeof makeUser>>;
const hanging = new Set<http.ServerResponse>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    switch (req.url?.split('?')[0]) {
      case '/page':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(PAGE);
      case '/moved':
        res.writeHead(302, { location: '/page' });
        return res.end();
      case '/loop-a':
        res.writeHead(302, { location: '/loop-b' });
        return res.end();
      case '/loop-b':
        res.writeHead(301, { location: `${base}/loop-a` });
        return res.end();
      case '/huge': {
        // No Content-Length: the limit must stop the reading itself.
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        const chunk = Buffer.alloc(64 * 1024, 120);
        const pump = () => {
          while (res.write(chunk)) if (res.destroyed) return;
          res.once('drain', pump);
        };
        res.on('close', () => res.removeAllListeners('drain'));
        return pump();
      }
      case '/slow':
        hanging.add(res);
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('gone');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  editor = await makeUser('editor');
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await getDb().sourceSnapshot.deleteMany({ where: { url: { startsWith: base } } });
  await getDb().sourceLinkCheck.deleteMany({ where: { url: { startsWith: base } } });
  await cleanupTestRecords();
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const usedPaths = new Map<string, number>();

/**
 * A source cited by a published event (so readers may see it), pointing at `path`. One URL is
 * one source, so a path asked for again gets a query string the local server ignores.
 */
async function sourceAt(path: string) {
  const event = await makeEvent();
  const link = await getDb().eventSource.findFirstOrThrow({ where: { eventId: event.id } });
  const n = usedPaths.get(path) ?? 0;
  usedPaths.set(path, n + 1);
  const url = `${base}${path}${n ? `?copy=${n}` : ''}`;
  await getDb().source.update({ where: { id: link.sourceId }, data: { url } });
  return link.sourceId;
}

const local = { allowPrivate: true };
const post = (id: number) =>
  new Request(`http://x/api/sources/${id}/archive`, { method: 'POST', headers: editor.bearer });
const ctx = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

describe('archiving a source', () => {
  test('stores the body, its type, size, SHA-256, time and readable text; readers get it with a banner and no scripts', async () => {
    const id = await sourceAt('/moved');
    const copy = await archiveSource(id, local);
    expect(copy).toMatchObject({
      sourceId: id,
      url: `${base}/moved`,
      finalUrl: `${base}/page`,
      status: 200,
      contentType: 'text/html; charset=utf-8',
      size: Buffer.byteLength(PAGE),
      sha256: createHash('sha256').update(PAGE).digest('hex'),
    });
    const stored = await getDb().sourceSnapshot.findUniqueOrThrow({ where: { id: copy.id } });
    expect(Buffer.from(stored.body).toString()).toBe(PAGE);
    expect(stored.text).toBe(
      'Troops seen\n\nTroops seen near Kursk\n\nSatellite images & reports.',
    );
    expect(Date.now() - stored.retrievedAt.getTime()).toBeLessThan(60_000);

    const res = await copyRoute(new Request(`http://x/archive/${copy.id}`), ctx(copy.id));
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain('sandbox');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const html = await res.text();
    expect(html).toMatch(
      /<body><div role="note" aria-label="Archived copy"[^>]*><strong>Archived copy<\/strong>/,
    );
    expect(html).toContain('<h1>Troops seen near Kursk</h1>');
    const again = await copyRoute(
      new Request(`http://x/archive/${copy.id}`, {
        headers: { 'if-none-match': res.headers.get('etag')! },
      }),
      ctx(copy.id),
    );
    expect(again.status).toBe(304);
    expect(await listSourceLinks()).toContainEqual(
      expect.objectContaining({ id, copy: { id: copy.id, retrievedAt: copy.retrievedAt } }),
    );
  });

  test('refuses a private or loopback address unless the setting allows it, through the API too', async () => {
    const id = await sourceAt('/page');
    // The test environment leaves ARCHIVE_ALLOW_PRIVATE_ADDRESSES unset: refused.
    const res = await archiveRoute(post(id), ctx(id));
    expect(res.status).toBe(422);
    expect((await res.json()).fields.url).toMatch(/private_address/);
    expect(await getDb().sourceSnapshot.count({ where: { sourceId: id } })).toBe(0);
    for (const url of ['http://10.0.0.1/', 'http://[::1]/', 'http://169.254.169.254/latest'])
      await expect(safeFetch(url, { ...limits, allowPrivate: false })).rejects.toMatchObject({
        reason: 'private_address',
      });
    // A name that resolves to loopback is refused where the connection is made.
    await expect(
      safeFetch(`http://localhost:${new URL(base).port}/page`, { ...limits, allowPrivate: false }),
    ).rejects.toMatchObject({ reason: 'private_address' });
    await expect(
      safeFetch('file:///etc/passwd', { ...limits, allowPrivate: true }),
    ).rejects.toMatchObject({
      reason: 'scheme',
    });
    expect(isPublicAddress('93.184.216.34')).toBe(true);
    expect(isPublicAddress('::ffff:127.0.0.1')).toBe(false);
    expect((await archiveRoute(new Request('http://x', { method: 'POST' }), ctx(id))).status).toBe(
      401,
    );
  });

  test('stops at the size limit and at a redirect loop, storing nothing', async () => {
    const huge = await sourceAt('/huge');
    await expect(archiveSource(huge, { ...local, maxBytes: 256 * 1024 })).rejects.toMatchObject({
      fields: { url: expect.stringMatching(/too_large/) },
    });
    const loop = await sourceAt('/loop-a');
    await expect(archiveSource(loop, local)).rejects.toMatchObject({
      fields: { url: expect.stringMatching(/redirect_loop/) },
    });
    expect(await getDb().sourceSnapshot.count({ where: { sourceId: { in: [huge, loop] } } })).toBe(
      0,
    );
  });

  test('a copy of a source readers may not see, or of no source, is not found', async () => {
    const id = await sourceAt('/page');
    const copy = await archiveSource(id, local);
    await getDb().event.updateMany({
      where: { sources: { some: { sourceId: id } } },
      data: { publication: 'draft' },
    });
    expect((await copyRoute(new Request('http://x'), ctx(copy.id))).status).toBe(404);
    expect((await copyRoute(new Request('http://x'), ctx('99999999'))).status).toBe(404);
    expect((await copyRoute(new Request('http://x'), ctx('abc'))).status).toBe(404);
  });
});

const limits = { maxBytes: 1024, timeoutMs: 1000, maxRedirects: 5, readBody: false };

describe('checking source links', () => {
  test('records 200, 404 and a timeout, and flags the dead ones', async () => {
    const ok = await sourceAt('/page');
    const missing = await sourceAt('/missing');
    const slow = await sourceAt('/slow');
    const fast = { ...local, timeoutMs: 800 };
    expect(await checkAndRecord(ok, `${base}/page`, fast)).toMatchObject({
      status: 200,
      dead: false,
      error: null,
    });
    expect(await checkAndRecord(missing, `${base}/missing`, fast)).toMatchObject({
      status: 404,
      dead: true,
    });
    expect(await checkAndRecord(slow, `${base}/slow`, fast)).toMatchObject({
      status: null,
      error: 'timeout',
      dead: true,
    });
    const report = await listSourceLinks();
    const flagged = (id: number) => report.find((s) => s.id === id)?.check;
    expect(flagged(ok)).toMatchObject({ status: 200, dead: false });
    expect(flagged(missing)).toMatchObject({ status: 404, dead: true });
    expect(flagged(slow)).toMatchObject({ status: null, error: 'timeout', dead: true });
  });

  test('the editor-started check answers the recorded status; the check of every source finds the dead ones', async () => {
    const missing = await sourceAt('/missing');
    const res = await checkRoute(
      new Request(`http://x/api/sources/${missing}/check`, {
        method: 'POST',
        headers: editor.bearer,
      }),
      ctx(missing),
    );
    expect(res.status).toBe(200);
    // Refused as a private address: recorded as dead, with the reason.
    expect(await res.json()).toMatchObject({ status: null, error: 'private_address', dead: true });
    const all = await checkAllSourceLinks({ ...local, timeoutMs: 800 });
    expect(all.checked).toBeGreaterThanOrEqual(1);
    expect(all.dead).toContainEqual(expect.objectContaining({ id: missing, status: 404 }));
  });
});
