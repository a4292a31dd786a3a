import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '../../lib/db/core/client.ts';
import { getEvent } from '../../lib/db/events/reads.ts';
import { seedDatabase, seededFingerprint } from '../../lib/db/core/seed.ts';
import { readSeedDataset, seedFingerprint } from '../../lib/seed/dataset.ts';

const dataset = readSeedDataset();
// Other files may have seeded this database already; seeding is idempotent either way.
beforeAll(async () => {
  await seedDatabase(getDb(), dataset, seedFingerprint());
});
afterAll(async () => {
  await getDb().$disconnect();
});

describe('seedDatabase', () => {
  test('loads every event, quote, actor and trade figure of the cited dataset', async () => {
    const db = getDb();
    const keyed = { not: null };
    expect(await db.event.count({ where: { slug: { in: dataset.events.map((e) => e.id) } } })).toBe(
      dataset.events.length,
    );
    expect(await db.quote.count({ where: { key: keyed } })).toBe(dataset.quotes.length);
    expect(
      await db.actor.count({ where: { code: { in: dataset.actors.map((a) => a.code) } } }),
    ).toBe(dataset.actors.length);
    expect(await db.tradeObservation.count()).toBe(dataset.trade.length);
    expect(await seededFingerprint(db)).toBe(seedFingerprint());
  });

  test('a second run adds nothing', async () => {
    const before = await getDb().event.count();
    const again = await seedDatabase(getDb(), dataset);
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true);
    expect(again.summary).toMatch(/nothing added/);
    expect(await getDb().event.count()).toBe(before);
  });

  test('every event keeps all of its cited sources, with their URLs', async () => {
    for (const seeded of dataset.events) {
      const event = await getEvent(seeded.id);
      expect(event, seeded.id).not.toBeNull();
      expect(event!.sources.map((s) => s.key).sort()).toEqual(
        seeded.sources.map((s) => s.key).sort(),
      );
      for (const s of seeded.sources) {
        expect(event!.sources.find((x) => x.key === s.key)!.url).toBe(s.url);
      }
    }
  });

  test('every quote keeps its speaker, verbatim text and sources', async () => {
    const quotes = await getDb().quote.findMany({
      include: { sources: { include: { source: true } }, event: true },
    });
    for (const seeded of dataset.quotes) {
      const quote = quotes.find((q) => q.key === seeded.id)!;
      expect(quote.speaker).toBe(seeded.speaker);
      expect(quote.text).toBe(seeded.text);
      expect(quote.event?.slug ?? null).toBe(seeded.eventSlug);
      expect(quote.sources.map((s) => s.source.key).sort()).toEqual(
        seeded.sources.map((s) => s.key).sort(),
      );
    }
  });

  test('month- and year-precision dates are kept as such', async () => {
    const ipcp = await getEvent('rok-nato-ipcp-2012');
    expect(ipcp).toMatchObject({ date: '2012-09-01', datePrecision: 'month' });
    const partner = await getEvent('rok-becomes-nato-partner');
    expect(partner).toMatchObject({ date: '2006-01-01', datePrecision: 'year' });
  });

  test('trade figures keep their compiler and cited source', async () => {
    const rows = await getDb().tradeObservation.findMany({
      where: {
        year: 2018,
        period: '2018',
        flow: 'total',
        reporter: { code: 'KP' },
        partner: { code: 'CN' },
      },
      include: { source: true },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      valueUsd: 2_430_000_000,
      compiler: 'China GAC customs data (via Reuters)',
    });
    expect(rows[0].source).toMatchObject({ publisher: 'Reuters', publishedAt: '2019-01-23' });
    expect(rows[0].source.url).toMatch(/^https:\/\//);
  });

  test('relations keep their events and sources; a one-off transfer has its end date', async () => {
    const treaty = await getDb().relation.findUniqueOrThrow({
      where: { key: 'ru-kp-treaty-2024' },
      include: {
        events: { include: { event: true } },
        sources: { include: { source: true } },
        actorA: true,
        actorB: true,
      },
    });
    expect([treaty.actorA.code, treaty.actorB.code, treaty.kind]).toEqual(['RU', 'KP', 'treaty']);
    expect(treaty.events.map((e) => e.event.slug)).toContain('treaty-enters-into-force');
    expect(treaty.sources.every((s) => s.source.url?.startsWith('http'))).toBe(true);
    const wagner = await getDb().relation.findUniqueOrThrow({
      where: { key: 'kp-wagner-arms-2022' },
    });
    expect(wagner.endDate?.toISOString().slice(0, 10)).toBe('2022-11-30');
    expect(await getDb().relation.count({ where: { kind: 'membership' } })).toBe(11);
  });

  test('each seeded event has a first revision with its full snapshot', async () => {
    const event = await getDb().event.findUniqueOrThrow({ where: { slug: 'msmt-launched' } });
    const revision = await getDb().revision.findUniqueOrThrow({
      where: {
        entityType_entityId_version: { entityType: 'event', entityId: event.id, version: 1 },
      },
    });
    expect(revision.action).toBe('create');
    expect(revision.snapshot).toMatchObject({ slug: 'msmt-launched', title: event.title });
  });

  test("an event's first revision holds its quotes (a revert to it keeps them)", async () => {
    const slug = 'us-austin-confirms-dprk-troops-rome';
    const { id } = await getDb().event.findUniqueOrThrow({ where: { slug } });
    const revision = await getDb().revision.findUniqueOrThrow({
      where: { entityType_entityId_version: { entityType: 'event', entityId: id, version: 1 } },
    });
    const quotes = (revision.snapshot as { quotes: { speaker: string }[] }).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Lloyd Austin']);
  });
});
