import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST as importRoute } from '../../app/api/import/route.ts';
import { POST as createSourceRoute } from '../../app/api/sources/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { createEvent } from '../../lib/db/events/writes.ts';
import { eventInputSchema } from '../../lib/schemas/event.ts';
import { parseTradeSource, readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

// One URL is one source: normalised by the database (source_url_key), unique among live
// sources, linked by the event form and the import instead of copied, even when two
// imports cite the same new URL at the same moment.

let editor: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');
});
afterAll(async () => {
  await getDb().event.deleteMany({ where: { slug: { startsWith: 'test-url-' } } });
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const keyOf = async (url: string) =>
  (await getDb().$queryRaw<{ key: string }[]>`SELECT source_url_key(${url}) AS key`)[0].key;

const citedIds = async (slug: string) =>
  (await getDb().eventSource.findMany({ where: { event: { slug } } })).map((l) => l.sourceId);

/** Applies a JSON import file as the editor. */
const applyImport = (body: string) =>
  importRoute(
    new Request('http://x/api/import?mode=apply', {
      method: 'POST',
      headers: { ...editor.bearer, 'content-type': 'application/json' },
      body,
    }),
    {},
  );

describe('source_url_key', () => {
  test.each([
    ['HTTPS://Example.ORG/a/b/', 'https://example.org/a/b'],
    ['https://example.org:443/a', 'https://example.org/a'],
    ['http://example.org:80/a', 'http://example.org/a'],
    ['http://example.org:8080/a', 'http://example.org:8080/a'],
    ['https://example.org/', 'https://example.org'],
    [
      'https://example.org/a?utm_source=x&id=3&UTM_Medium=y&fbclid=1&gclid=2',
      'https://example.org/a?id=3',
    ],
    ['https://example.org/a/?b=2&a=1#section', 'https://example.org/a?b=2&a=1'],
    ['https://example.org/Case/Path', 'https://example.org/Case/Path'],
    ['  https://example.org/a  ', 'https://example.org/a'],
  ])('%s is %s', async (url, key) => {
    expect(await keyOf(url)).toBe(key);
  });
});

describe('one source per URL', () => {
  test('the database refuses a second live source with the same normalised URL', async () => {
    const path = `test-url-unique-${Date.now()}`;
    await getDb().source.create({
      data: { publisher: 'P', title: 'First', url: `https://example.org/${path}` },
    });
    await expect(
      getDb().source.create({
        data: {
          publisher: 'P',
          title: 'Second',
          url: `HTTPS://EXAMPLE.ORG/${path}/?utm_source=feed`,
        },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  test('an event citing a seeded URL in another spelling links the seeded source', async () => {
    const seeded = await getDb().source.findFirstOrThrow({
      where: { url: 'https://www.mofa.go.kr/be-en/wpge/m_7453/contents.do' },
    });
    const event = await createEvent(
      eventInputSchema.parse({
        slug: 'test-url-event',
        title: 'Cites a seeded source',
        date: '2024-05-01',
        sources: [
          {
            publisher: seeded.publisher,
            title: seeded.title,
            url: 'HTTPS://WWW.MOFA.GO.KR/be-en/wpge/m_7453/contents.do?utm_campaign=x#top',
            reliability: seeded.reliability,
          },
        ],
      }),
      editor.user.id,
    );
    expect(await citedIds(event.slug)).toEqual([seeded.id]);
    expect(await getDb().source.count({ where: { urlKey: seeded.urlKey } })).toBe(1);
  });

  test('creating a source whose URL is on file is a 422 naming the source on file', async () => {
    const seeded = await getDb().source.findFirstOrThrow({
      where: { url: 'https://www.mofa.go.kr/be-en/wpge/m_7453/contents.do' },
    });
    const res = await createSourceRoute(
      new Request('http://x/api/sources', {
        method: 'POST',
        headers: editor.bearer,
        body: JSON.stringify({
          publisher: 'Someone',
          title: 'Copy',
          url: 'https://www.mofa.go.kr/be-en/wpge/m_7453/contents.do/',
        }),
      }),
      {},
    );
    expect(res.status).toBe(422);
    expect((await res.json()).fields.url).toContain(`source No. ${seeded.id}`);
  });

  test('two imports citing the same new URL at the same moment end with one source', async () => {
    const url = `https://example.org/test-url-race-${Date.now()}`;
    const file = (slug: string, spelling: string) =>
      JSON.stringify([
        {
          slug,
          title: `Race ${slug}`,
          date: '2024-06-01',
          sources: [{ publisher: 'Race wire', title: 'One report', url: spelling }],
        },
      ]);
    const results = await Promise.all([
      applyImport(file('test-url-race-a', url)),
      applyImport(file('test-url-race-b', `${url}/?utm_source=newsletter`)),
    ]);
    expect(results.map((r) => r.status)).toEqual([201, 201]);
    const sources = await getDb().source.findMany({ where: { urlKey: url } });
    expect(sources).toHaveLength(1);
    for (const slug of ['test-url-race-a', 'test-url-race-b'])
      expect(await citedIds(slug)).toEqual([sources[0].id]);
    // Exactly one creation revision for the one source.
    expect(
      await getDb().revision.count({ where: { entityType: 'source', entityId: sources[0].id } }),
    ).toBe(1);
  });

  test('two imports citing the same new URLs in opposite orders both succeed (no deadlock)', async () => {
    const stamp = Date.now();
    const base = `https://example.org/test-url-order-${stamp}`;
    // Ten events of thirty sources each: 300 new URLs (and two new tags), the second file in
    // reverse order.
    const file = (prefix: string, urls: string[], tags: string[]) =>
      JSON.stringify(
        Array.from({ length: 10 }, (_, i) => ({
          slug: `${prefix}-${i}`,
          title: `Order ${prefix} ${i}`,
          date: '2024-06-01',
          tags,
          sources: urls
            .slice(i * 30, i * 30 + 30)
            .map((url) => ({ publisher: 'Order wire', title: `Report ${url}`, url })),
        })),
      );
    for (let round = 0; round < 3; round++) {
      const urls = Array.from({ length: 300 }, (_, i) => `${base}/${round}/${i}`);
      const tags = [`test-order-${stamp}-${round}-x`, `test-order-${stamp}-${round}-y`];
      const results = await Promise.all([
        applyImport(file(`test-url-order-${round}-a`, urls, tags)),
        applyImport(file(`test-url-order-${round}-b`, [...urls].reverse(), [...tags].reverse())),
      ]);
      expect(results.map((r) => r.status)).toEqual([201, 201]);
      expect(await getDb().source.count({ where: { urlKey: { in: urls } } })).toBe(300);
      expect(await getDb().tag.count({ where: { slug: { in: tags } } })).toBe(2);
    }
  });
});

describe('the seed', () => {
  test('trade figures citing one URL share its source and keep their own citation text', async () => {
    const data = readSeedDataset();
    const urls = new Map<string, Set<string>>();
    for (const t of data.trade) {
      const s = parseTradeSource(t.source, t.source_url);
      if (s.url)
        urls.set(await keyOf(s.url), (urls.get(await keyOf(s.url)) ?? new Set()).add(s.title));
    }
    const shared = [...urls].filter(([, titles]) => titles.size > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const [key, titles] of shared) {
      const sources = await getDb().source.findMany({
        where: { urlKey: key, deletedAt: null },
        include: { trade: true },
      });
      expect(sources).toHaveLength(1);
      const cited = new Set(
        sources[0].trade.map((t) => t.notes?.replace(/^Cited as: /, '') ?? sources[0].title),
      );
      expect(cited).toEqual(titles);
    }
  });
});
