import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PATCH as patchTag, GET as getTag } from '../../app/api/tags/[slug]/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';
import { readSamples, type ReadSample } from '../helpers/read-samples.ts';
import { HTTP_METHODS, routeFiles } from '../helpers/route-files.ts';

// Every GET route handler on disk answers with an ETag and a 304 to a matching
// If-None-Match (lib/http/cache.ts), as the README and the OpenAPI document promise. A new
// GET route without one fails here, as does one missing from the samples.

/** GET routes without a validator, with the reason (the README names them too). */
const NO_VALIDATOR: Record<string, string> = {
  'app/api/health/route.ts': 'live status, always fresh: Cache-Control: no-store',
  'app/api/auth/[...nextauth]/route.ts': 'next-auth’s own endpoints (session, CSRF)',
  'app/archive/[id]/route.ts':
    'an archived copy: never changes, its ETag is its SHA-256 (tests/integration/source-archive)',
};

type Get = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

const getRoutes = routeFiles().filter((r) => r.methods.includes('GET'));
let samples: Record<string, ReadSample>;

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  samples = await readSamples();
});
afterAll(async () => {
  await cleanupTestUsers();
  await getDb().$disconnect();
});

async function call(file: string, headers: Record<string, string> = {}) {
  const { GET } = (await import(/* @vite-ignore */ path.resolve(file))) as { GET: Get };
  const { url, params } = samples[file];
  const response = await GET(new Request(`http://x${url}`, { headers }), {
    params: Promise.resolve(params),
  });
  const body = await response.text();
  return { response, body };
}

describe('GET route handlers', () => {
  test('are found on disk, each exemption naming one', () => {
    expect(getRoutes.length).toBeGreaterThan(15);
    for (const file of Object.keys(NO_VALIDATOR))
      expect(getRoutes.map((r) => r.file)).toContain(file);
  });

  test('are all seen by the scan of the route files', async () => {
    for (const { file, methods } of routeFiles()) {
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
      const exported = HTTP_METHODS.filter((m) => typeof mod[m] === 'function');
      expect(methods.sort(), file).toEqual([...exported].sort());
    }
  });

  test.each(getRoutes.filter((r) => !(r.file in NO_VALIDATOR)))(
    '$file answers with an ETag, and 304 to it as If-None-Match',
    async ({ file }) => {
      expect(samples[file], `add a sample request for ${file} to read-samples.ts`).toBeDefined();
      const first = await call(file);
      expect(first.response.status, first.body).toBe(200);
      const etag = first.response.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.response.headers.get('cache-control')).toContain('must-revalidate');

      const repeat = await call(file, { 'if-none-match': etag! });
      expect(repeat.response.status).toBe(304);
      expect(repeat.body).toBe('');
      expect(repeat.response.headers.get('etag')).toBe(etag);

      const other = await call(file, { 'if-none-match': '"an-older-copy"' });
      expect(other.response.status).toBe(200);
      expect(other.body).toBe(first.body);
    },
  );
});

describe('a record read', () => {
  test('gets a new ETag once the record changes, so a stale copy is never confirmed', async () => {
    const editor = await makeUser('editor');
    const { slug } = samples['app/api/tags/[slug]/route.ts'].params;
    const context = { params: Promise.resolve({ slug }) };
    const read = (headers: Record<string, string> = {}) =>
      getTag(new Request(`http://x/api/tags/${slug}`, { headers }), context);
    const before = await read();
    const { name, version } = await before.json();
    const etag = before.headers.get('etag')!;

    const save = (body: object) =>
      patchTag(
        new Request(`http://x/api/tags/${slug}`, {
          method: 'PATCH',
          headers: { ...editor.bearer, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
        context,
      );
    expect((await save({ name: `${name} (renamed)`, version })).status).toBe(200);
    try {
      const after = await read({ 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect((await after.json()).name).toBe(`${name} (renamed)`);
    } finally {
      await save({ name, version: version + 1 });
    }
  });
});

describe('If-None-Match: *', () => {
  const context = (slug: string) => ({ params: Promise.resolve({ slug }) });
  const read = (slug: string) =>
    getTag(
      new Request(`http://x/api/tags/${slug}`, { headers: { 'if-none-match': '*' } }),
      context(slug),
    );

  test('confirms a record that exists with 304', async () => {
    const { slug } = samples['app/api/tags/[slug]/route.ts'].params;
    expect((await read(slug)).status).toBe(304);
  });

  test('does not confirm a record that does not exist: 404, not 304', async () => {
    const response = await read('no-such-tag-anywhere');
    expect(response.status).toBe(404);
  });
});
