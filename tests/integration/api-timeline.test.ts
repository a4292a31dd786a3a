import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET } from '../../app/api/timeline/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';

const timeline = async (qs: string) => {
  const res = await GET(new Request(`http://x/api/timeline?${qs}`), {});
  return { status: res.status, body: await res.json() };
};
const sum = (buckets: { count: number }[]) => buckets.reduce((s, b) => s + b.count, 0);

/** Matching events counted independently of the timeline code, with Prisma. */
async function countPublished(where: object = {}) {
  return getDb().event.count({ where: { deletedAt: null, publication: 'published', ...where } });
}

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await getDb().$disconnect();
});

describe('GET /api/timeline', () => {
  test('sends single events, with their lanes, when the window holds few', async () => {
    const { status, body } = await timeline('from=2006-01-01&to=2026-12-31&lanes=actor');
    expect(status).toBe(200);
    expect(body.mode).toBe('items');
    expect(body.total).toBe(await countPublished());
    expect(body.from).toBe('2006-01-01');
    const austin = body.items.find(
      (i: { slug: string }) => i.slug === 'us-austin-confirms-dprk-troops-rome',
    );
    expect(austin.lanes).toEqual(expect.arrayContaining(['US', 'KP', 'RU']));
    expect(body.lanes.map((l: { key: string }) => l.key)).toContain('KP');
    expect(body.lanes.find((l: { key: string }) => l.key === 'KP').label).toBe('North Korea');
  });

  test('without a window, opens on the most recent stretch of events, not on all time', async () => {
    const { body } = await timeline('');
    expect(body.from > '2024-01-01').toBe(true);
    expect(body.to >= '2024-12-04').toBe(true);
    expect(body.total).toBeGreaterThanOrEqual(10);
    expect(body.total).toBeLessThan(await countPublished());
    // One band by default: every event once, in the lane of all events.
    expect(body.lanes).toEqual([{ key: 'all', label: 'All events', color: null }]);
    expect(body.items.every((i: { lanes: string[] }) => i.lanes.join() === 'all')).toBe(true);
  });

  test('lanes by actor leave people out and fold the tail into "Other actors"', async () => {
    const { body } = await timeline('from=2006-01-01&to=2026-12-31&lanes=actor');
    const people = await getDb().actor.findMany({ where: { kind: 'person' } });
    const keys = body.lanes.map((l: { key: string }) => l.key);
    expect(people.length).toBeGreaterThan(0);
    expect(keys.filter((k: string) => people.some((p) => p.code === k))).toEqual([]);
    expect(body.lanes.at(-1).label).toMatch(/^Other actors \(\d+\)$/);
    expect(keys.length).toBeLessThanOrEqual(9);
    // Asked for, a person named by the filter gets a lane of their own.
    const person = people.find((p) =>
      body.items.some((i: { lanes: string[]; actors: { code: string }[] }) =>
        i.actors.some((a) => a.code === p.code),
      ),
    )!;
    const only = `from=2006-01-01&to=2026-12-31&lanes=actor&actor=${person.code}`;
    const lanesOf = async (q: string) =>
      (await timeline(q)).body.lanes.map((l: { key: string }) => l.key);
    expect(await lanesOf(only)).not.toContain(person.code);
    expect(await lanesOf(`${only}&people=1`)).toContain(person.code);
  });

  test('switches to buckets above maxItems, counts adding up to the matching events', async () => {
    const { body } = await timeline(
      'maxItems=5&lanes=status&width=2000&from=2006-01-01&to=2024-12-31',
    );
    expect(body.mode).toBe('buckets');
    expect(body.bucket).toBe('month');
    const total = await countPublished();
    expect(body.total).toBe(total);
    expect(sum(body.totals)).toBe(total);
    const laneSum = body.lanes.reduce(
      (s: number, l: { buckets: { count: number }[] }) => s + sum(l.buckets),
      0,
    );
    expect(laneSum).toBe(total);
  });

  test('bucket counts respect filters and the window', async () => {
    const { body } = await timeline('maxItems=1&from=2024&to=2024&tag=military&width=1000');
    const expected = await countPublished({
      startDate: { gte: new Date('2024-01-01'), lte: new Date('2024-12-31') },
      tags: { some: { tag: { slug: 'military' } } },
    });
    expect(expected).toBeGreaterThan(1);
    expect(body.mode).toBe('buckets');
    expect(body.bucket).toBe('week');
    expect(sum(body.totals)).toBe(expected);
    for (const b of body.totals) expect(new Date(b.t).getUTCFullYear()).toBe(2024);
  });

  test('actor lanes count an event once per actor', async () => {
    const { body } = await timeline(
      'maxItems=1&lanes=actor&people=1&width=2000&from=1990-01-01&to=2026-12-31',
    );
    const links = await getDb().eventActor.count({
      where: { event: { deletedAt: null, publication: 'published' } },
    });
    const laneSum = body.lanes.reduce(
      (s: number, l: { buckets: { count: number }[] }) => s + sum(l.buckets),
      0,
    );
    expect(laneSum).toBe(links);
    expect(body.lanes.length).toBeLessThanOrEqual(16);
  });

  test('a window inside a month or a year still holds the events known only to that month or year', async () => {
    const { body } = await timeline('from=2022-11-15&to=2022-11-20');
    const slugs = body.items.map((i: { slug: string }) => i.slug);
    expect(slugs).toContain('dprk-arms-rail-transfer-wagner');
    const mid2024 = (await timeline('from=2024-07-01&to=2024-07-02')).body.items.map(
      (i: { slug: string }) => i.slug,
    );
    expect(mid2024).toContain('china-dprk-trade-2024-below-prepandemic');
    expect(mid2024).not.toContain('un-panel-of-experts-ceases');
  });

  test.each([
    ['width', 'width=10'],
    ['lanes', 'lanes=country'],
    ['maxItems', 'maxItems=0'],
    ['from', 'from=2024-1'],
    ['event', 'event=Bad Slug'],
  ])('answers 400 naming %s', async (field, qs) => {
    const { status, body } = await timeline(qs);
    expect(status).toBe(400);
    expect(Object.keys(body.fields)).toEqual([field]);
  });
});
