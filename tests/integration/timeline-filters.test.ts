import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as getEvents } from '../../app/api/events/route.ts';
import { GET as exportCsv } from '../../app/api/events/export.csv/route.ts';
import { GET as exportJson } from '../../app/api/events/export.json/route.ts';
import { GET as getFacets } from '../../app/api/timeline/facets/route.ts';
import { GET as getTimeline } from '../../app/api/timeline/route.ts';
import { GET as getFeed } from '../../app/feed.xml/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { createEvent } from '../../lib/db/events/writes.ts';
import { eventInputSchema } from '../../lib/schemas/event.ts';
import { cleanupTestRecords, makeEvent } from '../helpers/factories.ts';

type Handler = (req: Request, ctx: object) => Promise<Response>;
const call = (handler: Handler, path: string) => handler(new Request(`http://x${path}`), {});
const json = async (handler: Handler, path: string) => {
  const res = await call(handler, path);
  expect(res.status, path).toBe(200);
  return res.json();
};

interface Item {
  slug: string;
  date: string;
  actors: { code: string }[];
  highlight?: { quote?: { speaker: string; text: { text: string; isMatch: boolean }[] } };
}

const PUBLISHED = { deletedAt: null, publication: 'published' } as const;
const naming = (code: string) => ({ actors: { some: { actor: { code } } } });

/** Slugs of the published events naming both China and Russia, read with Prisma. */
async function bothChinaAndRussia(): Promise<string[]> {
  const rows = await getDb().event.findMany({
    where: { ...PUBLISHED, AND: [naming('CN'), naming('RU')] },
    select: { slug: true },
  });
  return rows.map((r) => r.slug).sort();
}

async function allPages(qs: string): Promise<Item[]> {
  const out: Item[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: Item[]; nextCursor: string | null } = await json(
      getEvents,
      `/api/events?${qs}&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
    );
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const QUOTE_PHRASE = 'marmalade quagmire';
let quoteId = 0;
let quoteEvent = '';
let sourceEvent = '';

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  const db = getDb();
  const withQuote = await makeEvent({ title: 'Envoys meet', summary: 'A meeting.' });
  quoteEvent = withQuote.slug;
  const quote = await db.quote.create({
    data: {
      speaker: 'Avril Testines',
      text: `This is a ${QUOTE_PHRASE} for everyone.`,
      eventId: withQuote.id,
    },
  });
  quoteId = quote.id;
  const withSource = await makeEvent({ title: 'Envoys meet again', summary: 'Another meeting.' });
  sourceEvent = withSource.slug;
  await db.source.updateMany({
    where: { events: { some: { eventId: withSource.id } } },
    data: { title: 'Xylophone diplomacy in Pyongyang' },
  });
});
afterAll(async () => {
  await getDb().quote.deleteMany({ where: { id: quoteId } });
  await getDb().event.deleteMany({ where: { slug: { startsWith: 'test-extent-' } } });
  await cleanupTestRecords();
  await getDb().$disconnect();
});

describe('actorMode', () => {
  test('all: /api/events lists only the events naming every chosen actor', async () => {
    const expected = await bothChinaAndRussia();
    expect(expected.length).toBeGreaterThan(0);
    const items = await allPages('actor=CN&actor=RU&actorMode=all');
    expect(items.map((i) => i.slug).sort()).toEqual(expected);
    for (const item of items)
      expect(item.actors.map((a) => a.code)).toEqual(expect.arrayContaining(['CN', 'RU']));
    const any = await allPages('actor=CN&actor=RU');
    expect(any.length).toBeGreaterThan(items.length);
  });

  test('all: the timeline, both exports and the feed agree', async () => {
    const expected = await bothChinaAndRussia();
    const qs = 'actor=CN&actor=RU&actorMode=all';
    const timeline = await json(getTimeline, `/api/timeline?${qs}`);
    expect(timeline.items.map((i: Item) => i.slug).sort()).toEqual(expected);
    const exported = await json(exportJson, `/api/events/export.json?${qs}`);
    expect(exported.map((e: { slug: string }) => e.slug).sort()).toEqual(expected);
    const csv = await (await call(exportCsv, `/api/events/export.csv?${qs}`)).text();
    expect(csv.trim().split('\n').length - 1).toBe(expected.length);
    const feed = await (await call(getFeed, `/feed.xml?${qs}`)).text();
    expect(feed.match(/<entry>/g)?.length ?? 0).toBe(Math.min(50, expected.length));
    expect(feed).toContain('actorMode=all');
  });

  test.each([
    ['/api/events', getEvents],
    ['/api/timeline', getTimeline],
    ['/api/timeline/facets', getFacets],
    ['/api/events/export.csv', exportCsv],
    ['/api/events/export.json', exportJson],
    ['/feed.xml', getFeed],
  ])('a bad value on %s is a 400 naming actorMode', async (path, handler) => {
    const res = await call(handler as Handler, `${path}?actor=CN&actorMode=both`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('actorMode');
  });
});

describe('GET /api/timeline/facets', () => {
  test('counts each actor and tag under the other active filters', async () => {
    const facets = await json(getFacets, '/api/timeline/facets?tag=military&from=2024&to=2024');
    const in2024 = { startDate: { gte: new Date('2024-01-01'), lte: new Date('2024-12-31') } };
    const military = { tags: { some: { tag: { slug: 'military' } } } };
    const ru = await getDb().event.count({
      where: { ...PUBLISHED, ...in2024, ...military, ...naming('RU') },
    });
    expect(ru).toBeGreaterThan(0);
    expect(facets.actors.RU).toBe(ru);
    // A tag's count leaves the tag filter out: "diplomacy" in 2024, military or not.
    const diplomacy = await getDb().event.count({
      where: { ...PUBLISHED, ...in2024, tags: { some: { tag: { slug: 'diplomacy' } } } },
    });
    expect(diplomacy).toBeGreaterThan(0);
    expect(facets.tags.diplomacy).toBe(diplomacy);
  });

  test('with actorMode=all an actor counts the events naming the chosen ones and it', async () => {
    const facets = await json(getFacets, '/api/timeline/facets?actor=RU&actorMode=all');
    const both = await getDb().event.count({
      where: { ...PUBLISHED, AND: [naming('RU'), naming('KP')] },
    });
    expect(facets.actors.KP).toBe(both);
  });
});

describe('search', () => {
  test('sort=oldest and sort=newest order a search by date, paging without gaps', async () => {
    const relevance = await allPages('q=troops');
    const oldest = await allPages('q=troops&sort=oldest');
    const newest = await allPages('q=troops&sort=newest');
    expect(oldest.length).toBeGreaterThan(7);
    const dates = oldest.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    expect(newest.map((i) => i.slug)).toEqual([...oldest].reverse().map((i) => i.slug));
    expect(oldest.map((i) => i.slug).sort()).toEqual(relevance.map((i) => i.slug).sort());
  });

  test('a phrase only in a quote finds its event and shows the quote', async () => {
    const { items } = await json(getEvents, `/api/events?q="${QUOTE_PHRASE}"`);
    expect(items.map((i: Item) => i.slug)).toEqual([quoteEvent]);
    const quote = items[0].highlight.quote;
    expect(quote.speaker).toBe('Avril Testines');
    expect(quote.text.filter((s: { isMatch: boolean }) => s.isMatch).length).toBeGreaterThan(0);
    const bySpeaker = await json(getEvents, '/api/events?q=Testines');
    expect(bySpeaker.items.map((i: Item) => i.slug)).toEqual([quoteEvent]);
    const timeline = await json(getTimeline, `/api/timeline?q=${encodeURIComponent(QUOTE_PHRASE)}`);
    expect(timeline.items.map((i: Item) => i.slug)).toEqual([quoteEvent]);
  });

  test('a word only in a source title finds the event citing it', async () => {
    const { items } = await json(getEvents, '/api/events?q=xylophone');
    expect(items.map((i: Item) => i.slug)).toEqual([sourceEvent]);
  });

  test('a bad sort is a 400 naming it', async () => {
    const res = await call(getEvents, '/api/events?q=troops&sort=sideways');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('sort');
  });
});

describe('the view is not the filter', () => {
  test('start/end set the window; from/to still filter the events inside it', async () => {
    const filtered = await json(getTimeline, '/api/timeline?from=2023&to=2024');
    const viewed = await json(
      getTimeline,
      '/api/timeline?from=2023&to=2024&start=2020-01-01&end=2025-12-31',
    );
    expect([viewed.from, viewed.to]).toEqual(['2020-01-01', '2025-12-31']);
    expect(viewed.items.map((i: Item) => i.slug)).toEqual(filtered.items.map((i: Item) => i.slug));
    const narrow = await json(
      getTimeline,
      '/api/timeline?from=2023&to=2024&start=2024-01-01&end=2024-12-31',
    );
    expect(narrow.items.every((i: Item) => i.date >= '2023-01-01' && i.date <= '2024-12-31')).toBe(
      true,
    );
    expect(narrow.total).toBeLessThan(filtered.total);
  });

  test('extent spans every matching event whatever the window', async () => {
    const all = await json(getTimeline, '/api/timeline');
    const zoomed = await json(getTimeline, '/api/timeline?start=2024-10-01&end=2024-10-31');
    expect(zoomed.extent).toEqual(all.extent);
    // A plain timeline opens on the most recent stretch; the extent still reaches the first event.
    expect(all.extent.from <= all.from).toBe(true);
    expect(all.extent.from).toBe('2006-01-01');
  });

  test('the extent ends at the last end, not the end of the last event to start', async () => {
    for (const [slug, date, endDate] of [
      ['test-extent-long', '2031-01-01', '2031-09-30'],
      ['test-extent-short', '2031-06-01', null],
    ])
      await createEvent(
        eventInputSchema.parse({
          slug,
          title: `Quillwort ${slug}`,
          date,
          endDate,
          publication: 'published',
        }),
        null,
      );
    const found = await json(getTimeline, '/api/timeline?q=quillwort');
    expect(found.extent).toEqual({ from: '2031-01-01', to: '2031-09-30' });
  });

  test('an end of the view before its start is a 400 naming end', async () => {
    const res = await call(getTimeline, '/api/timeline?start=2024-05-01&end=2024-01-01');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('end');
  });
});
