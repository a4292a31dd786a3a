import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as listRoute } from '../../app/api/events/route.ts';
import { GET as chartRoute } from '../../app/api/charts/[file]/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { listEvents } from '../../lib/db/events/list.ts';
import { getReaderDataFingerprint } from '../../lib/db/core/fingerprint.ts';
import { getTimeline } from '../../lib/db/timeline/window.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { eventQuerySchema, timelineQuerySchema } from '../../lib/schemas/event-query.ts';

// The data version behind ETags and the read cache: it must move on every committed write
// to what readers see, and only then, or readers would be served stale pages.

const slug = `data-version-${Date.now()}`;

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await getDb().event.deleteMany({ where: { slug: { startsWith: 'data-version-' } } });
  await getDb().$disconnect();
});

const insertEvent = (s: string) =>
  getDb()
    .$executeRaw`INSERT INTO event (slug, title, start_date, date_precision, publication, updated_at)
    VALUES (${s}, 'Data version probe', '2024-10-23', 'day', 'published', now())`;

describe('data version', () => {
  test('a committed write moves it once; reads do not', async () => {
    const before = await getReaderDataFingerprint();
    await getDb().event.count();
    expect(await getReaderDataFingerprint()).toBe(before);
    await getDb().$transaction([
      insertEvent(slug),
      getDb().$executeRaw`UPDATE event SET title = 'Probe, edited' WHERE slug = ${slug}`,
    ]);
    expect(Number(await getReaderDataFingerprint())).toBe(Number(before) + 1);
  });

  test('a rolled-back write leaves it unchanged', async () => {
    const before = await getReaderDataFingerprint();
    await expect(
      getDb().$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE actor SET name = name || ' (rolled back)' WHERE code = 'KP'`;
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await getReaderDataFingerprint()).toBe(before);
  });

  test('concurrent writers to different rows all commit, one bump each, without deadlock', async () => {
    const before = Number(await getReaderDataFingerprint());
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        getDb().$transaction(async (tx) => {
          await tx.$executeRaw`UPDATE event SET importance = importance WHERE slug = ${slug}`;
          await tx.$executeRaw`INSERT INTO event (slug, title, start_date, date_precision, updated_at)
            VALUES (${`${slug}-${i}`}, 'Concurrent probe', '2024-10-24', 'day', now())`;
        }),
      ),
    );
    expect(Number(await getReaderDataFingerprint())).toBe(before + 6);
  });

  test('cached reads show a write at once', async () => {
    const query = timelineQuerySchema.parse({ from: '2024-10-23', to: '2024-10-23' });
    const find = async () => {
      const timeline = await getTimeline(query);
      return timeline.mode === 'items' && timeline.items.some((i) => i.slug === `${slug}-new`);
    };
    const list = async () =>
      (
        await listEvents({
          ...eventQuerySchema.parse({}),
          from: '2024-10-23',
          to: '2024-10-23',
          limit: 100,
        })
      ).items.some((i) => i.slug === `${slug}-new`);
    expect(await find()).toBe(false);
    expect(await list()).toBe(false);
    await insertEvent(`${slug}-new`);
    expect(await find()).toBe(true);
    expect(await list()).toBe(true);
    await getDb().$executeRaw`UPDATE event SET deleted_at = now() WHERE slug = ${`${slug}-new`}`;
    expect(await find()).toBe(false);
    expect(await list()).toBe(false);
  });

  test('kept responses are served again until a write, then rebuilt', async () => {
    const list = async () => {
      const res = await listRoute(
        new Request('http://x/api/events?from=2024-10-25&to=2024-10-25&limit=100'),
        { params: Promise.resolve({}) },
      );
      return {
        etag: res.headers.get('etag'),
        slugs: ((await res.json()) as { items: { slug: string }[] }).items.map((i) => i.slug),
      };
    };
    const first = await list();
    expect(await list()).toEqual(first);
    expect(first.slugs).not.toContain(`${slug}-kept`);
    await getDb()
      .$executeRaw`INSERT INTO event (slug, title, start_date, date_precision, publication, updated_at)
      VALUES (${`${slug}-kept`}, 'Kept probe', '2024-10-25', 'day', 'published', now())`;
    const after = await list();
    expect(after.etag).not.toBe(first.etag);
    expect(after.slugs).toContain(`${slug}-kept`);
  });

  test('a rendered chart is kept byte for byte, with an ETag that answers 304', async () => {
    const chart = (headers: Record<string, string> = {}) =>
      chartRoute(new Request('http://x/api/charts/trade.png?series=KP-CN', { headers }), {
        params: Promise.resolve({ file: 'trade.png' }),
      });
    const a = await chart();
    const b = await chart();
    expect(a.status).toBe(200);
    expect(Buffer.from(await b.arrayBuffer()).equals(Buffer.from(await a.arrayBuffer()))).toBe(
      true,
    );
    expect((await chart({ 'if-none-match': a.headers.get('etag')! })).status).toBe(304);
  });
});
