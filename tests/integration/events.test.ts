import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '../../lib/db/core/client.ts';
import { getEvent, listLatestEvents } from '../../lib/db/events/reads.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestRecords, makeEvent } from '../helpers/factories.ts';

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await cleanupTestRecords();
  await getDb().$disconnect();
});

describe('getEvent', () => {
  test('returns the event with actors, tags, sources and quotes in the API shape', async () => {
    const event = await getEvent('us-austin-confirms-dprk-troops-rome');
    expect(event).toMatchObject({
      slug: 'us-austin-confirms-dprk-troops-rome',
      date: '2024-10-23',
      datePrecision: 'day',
      version: 1,
    });
    expect(event!.actors.map((a) => a.code)).toEqual(expect.arrayContaining(['US', 'KP', 'RU']));
    expect(event!.quotes.length).toBeGreaterThan(0);
    expect(event!.quotes[0].speaker).toMatch(/Austin/);
    expect(event!.sources.length).toBeGreaterThan(0);
    expect(event!.statusHistory.at(-1)).toMatchObject({ to: event!.status });
  });

  test('hides drafts from readers but not from editors', async () => {
    const draft = await makeEvent({ publication: 'draft' });
    expect(await getEvent(draft.slug)).toBeNull();
    expect(await getEvent(draft.slug, { canSeeDrafts: true })).not.toBeNull();
  });

  test('hides trashed events from everyone', async () => {
    const trashed = await makeEvent({ deletedAt: new Date() });
    expect(await getEvent(trashed.slug)).toBeNull();
    expect(await getEvent(trashed.slug, { canSeeDrafts: true })).toBeNull();
  });

  test('returns null for an unknown slug', async () => {
    expect(await getEvent('no-such-event')).toBeNull();
  });
});

describe('listLatestEvents', () => {
  test('lists published events newest first and leaves drafts out', async () => {
    const draft = await makeEvent({ publication: 'draft', title: 'Unpublished draft' });
    const latest = await listLatestEvents(50);
    expect(latest.map((e) => e.slug)).not.toContain(draft.slug);
    const dates = latest.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('database constraints', () => {
  test('refuse an end date before the start date', async () => {
    const event = await makeEvent();
    await expect(
      getDb().event.update({ where: { id: event.id }, data: { endDate: new Date('2019-01-01') } }),
    ).rejects.toThrow(/event_dates_ordered/);
  });

  test('keep the full-text vector current on every write', async () => {
    const event = await makeEvent({ title: 'Xylophone summit in Pyongyang' });
    const rows = await getDb().$queryRaw<{ slug: string }[]>`
      SELECT slug FROM event WHERE search_vector @@ websearch_to_tsquery('english', 'xylophone')`;
    expect(rows.map((r) => r.slug)).toEqual([event.slug]);
  });
});
