import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as getEvents } from '../../app/api/events/route.ts';
import { GET as getOne } from '../../app/api/events/[slug]/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestRecords, makeEvent } from '../helpers/factories.ts';

interface Item {
  slug: string;
  date: string;
  status: string;
  actors: { code: string }[];
  tags: string[];
  highlight?: { title: { text: string; isMatch: boolean }[] };
}
type Page = { items: Item[]; nextCursor: string | null };

const list = (qs: string, headers: HeadersInit = {}) =>
  getEvents(new Request(`http://x/api/events?${qs}`, { headers }), {});
const page = async (qs: string): Promise<Page> => {
  const res = await list(qs);
  expect(res.status).toBe(200);
  return res.json();
};

let total = 0;
beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  total = await getDb().event.count({ where: { deletedAt: null, publication: 'published' } });
});
afterAll(async () => {
  await cleanupTestRecords();
  await getDb().$disconnect();
});

describe('GET /api/events', () => {
  test('lists published events newest first with the default limit', async () => {
    const { items } = await page('');
    expect(items.length).toBe(Math.min(total, 50));
    const dates = items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('each item is the event as stored: dates, precision, status, actors by code, untrashed tags', async () => {
    const { items } = await page('limit=100');
    const stored = await getDb().event.findMany({
      where: { slug: { in: items.map((i) => i.slug) } },
      include: { actors: { include: { actor: true } }, tags: { include: { tag: true } } },
    });
    expect(stored.length).toBe(items.length);
    for (const e of stored) {
      expect(items.find((i) => i.slug === e.slug)).toEqual({
        slug: e.slug,
        title: e.title,
        titleKo: e.titleKo,
        date: e.startDate.toISOString().slice(0, 10),
        endDate: e.endDate?.toISOString().slice(0, 10) ?? null,
        datePrecision: e.datePrecision,
        status: e.status,
        actors: e.actors
          .map(({ actor: a }) => ({
            code: a.code,
            name: a.name,
            nameKo: a.nameKo,
            color: a.color,
          }))
          .sort((a, b) => (a.code < b.code ? -1 : 1)),
        tags: e.tags
          .filter((t) => !t.tag.deletedAt)
          .map((t) => t.tag.slug)
          .sort(),
      });
    }
    expect(stored.some((e) => e.endDate) && stored.some((e) => e.actors.length > 1)).toBe(true);
  });

  test('pages through every event without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    do {
      const p: Page = await page(`limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(p.items.length).toBeLessThanOrEqual(7);
      seen.push(...p.items.map((i) => i.slug));
      cursor = p.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual((await page('limit=200')).items.map((i) => i.slug));
  });

  test('filters by actor (either of several)', async () => {
    const { items } = await page('actor=NATO&actor=JP');
    expect(items.length).toBeGreaterThan(0);
    for (const i of items)
      expect(i.actors.map((a) => a.code).some((c) => c === 'NATO' || c === 'JP')).toBe(true);
    expect(items.length).toBeLessThan(total);
  });

  test('filters by tag and by status', async () => {
    const bySanctions = (await page('tag=sanctions')).items;
    expect(bySanctions.length).toBe(6);
    expect(bySanctions.every((i) => i.tags.includes('sanctions'))).toBe(true);
    const reported = (await page('status=reported')).items;
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((i) => i.status === 'reported')).toBe(true);
  });

  test('filters by a date range, partial dates covering their period', async () => {
    const { items } = await page('from=2024-10&to=2024-10');
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.date <= '2024-10-31').toBe(true);
    expect(items.map((i) => i.slug)).toContain('us-austin-confirms-dprk-troops-rome');
  });

  test('searches full text, ranks and marks the matches', async () => {
    const { items } = await page('q=Austin');
    expect(items[0].slug).toBe('us-austin-confirms-dprk-troops-rome');
    expect(items[0].highlight!.title).toContainEqual({ text: 'Austin', isMatch: true });
  });

  test('a search lists title matches first, then matches elsewhere, each newest first, and pages across both', async () => {
    const inSummaryNew = await makeEvent({
      title: 'Harbour inspection',
      summary: 'A quokkafish was seen.',
      date: '2024-06-01',
    });
    const inTitleOld = await makeEvent({ title: 'Quokkafish sighted', date: '2019-01-01' });
    const inTitleNew = await makeEvent({ title: 'Quokkafish again', date: '2023-01-01' });
    const inSummaryOld = await makeEvent({
      title: 'Port report',
      summary: 'Quokkafish noted.',
      date: '2018-01-01',
    });
    const expected = [inTitleNew, inTitleOld, inSummaryNew, inSummaryOld].map((e) => e.slug);
    expect((await page('q=quokkafish')).items.map((i) => i.slug)).toEqual(expected);
    const paged: string[] = [];
    let cursor = '';
    do {
      const next = await page(`q=quokkafish&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...next.items.map((i) => i.slug));
      cursor = next.nextCursor ?? '';
    } while (cursor);
    expect(paged).toEqual(expected);
  });

  test('pages a search without gaps or repeats', async () => {
    const all = (await page('q=troops&limit=200')).items.map((i) => i.slug);
    expect(all.length).toBeGreaterThan(2);
    const first = await page('q=troops&limit=2');
    const rest = await page(`q=troops&limit=200&cursor=${first.nextCursor}`);
    expect([...first.items, ...rest.items].map((i) => i.slug)).toEqual(all);
  });

  test('hides drafts and trashed events', async () => {
    const draft = await makeEvent({ publication: 'draft', title: 'Draft zebrafish event' });
    const trashed = await makeEvent({ deletedAt: new Date(), title: 'Trashed zebrafish event' });
    const shown = await makeEvent({ title: 'Published zebrafish event' });
    const slugs = (await page('q=zebrafish')).items.map((i) => i.slug);
    expect(slugs).toEqual([shown.slug]);
    expect(slugs).not.toContain(draft.slug);
    expect(slugs).not.toContain(trashed.slug);
  });

  test.each([
    ['limit', 'limit=0'],
    ['limit', 'limit=201'],
    ['from', 'from=2024-02-30'],
    ['to', 'to=soon'],
    ['status', 'status=rumoured'],
    ['cursor', 'cursor=bm90LWEtY3Vyc29y'],
    ['cursor', 'cursor=***'],
    ['to', 'from=2024-06&to=2024-05-31'],
  ])('answers 400 naming %s for %s', async (field, qs) => {
    const res = await list(qs);
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).fields)).toEqual([field]);
  });

  test('answers 304 to a repeat read with the same ETag', async () => {
    const first = await list('actor=KP');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await list('actor=KP', { 'if-none-match': etag! })).status).toBe(304);
    expect((await list('actor=RU', { 'if-none-match': etag! })).status).toBe(200);
  });

  test('changes the ETag once an event changes, so a stale copy is not kept', async () => {
    const etag = (await list('q=kestrel')).headers.get('etag')!;
    const event = await makeEvent({ title: 'Kestrel sighting' });
    const res = await list('q=kestrel', { 'if-none-match': etag });
    expect(res.status).toBe(200);
    expect((await res.json()).items.map((i: Item) => i.slug)).toEqual([event.slug]);
  });
});

describe('GET /api/events/[slug]', () => {
  const one = (slug: string) =>
    getOne(new Request(`http://x/api/events/${slug}`), { params: Promise.resolve({ slug }) });

  test('returns the event shape', async () => {
    const res = await one('us-austin-confirms-dprk-troops-rome');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ slug: 'us-austin-confirms-dprk-troops-rome', date: '2024-10-23' });
    expect(body.quotes.length).toBeGreaterThan(0);
  });

  test('answers 404 JSON for an unknown slug', async () => {
    const res = await one('no-such-event');
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe('not_found');
  });
});
