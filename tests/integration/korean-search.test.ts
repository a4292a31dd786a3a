import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as getEvents } from '../../app/api/events/route.ts';
import { GET as getTimeline } from '../../app/api/timeline/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { searchSite } from '../../lib/db/search/site.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestRecords, makeEvent } from '../helpers/factories.ts';

// Korean search: a query in Hangul matches the Korean titles and summaries (trigram-indexed
// ILIKE), and actors' Korean names; English searches keep their full-text path.

let inTitle: string;
let inSummary: string;
let older: string;
beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  const db = getDb();
  const make = async (date: string, titleKo: string | null, summaryKo: string | null) => {
    const e = await makeEvent({ date, title: `Korean search test ${date}` });
    await db.event.update({ where: { id: e.id }, data: { titleKo, summaryKo } });
    return e.slug;
  };
  inSummary = await make('2031-03-01', '시험용 사건', '국경 너머 시험파병 소식');
  inTitle = await make('2031-01-01', '시험파병 첫 보도', null);
  older = await make('2030-06-01', '시험파병 계획 공개', '요약');
  // A trashed event and an English-only one never match.
  await make('2031-05-01', null, null);
  const trashed = await makeEvent({ date: '2031-06-01', deletedAt: new Date() });
  await db.event.update({ where: { id: trashed.id }, data: { titleKo: '시험파병 삭제됨' } });
});
afterAll(async () => {
  await cleanupTestRecords();
  await getDb().$disconnect();
});

const search = async (query: string) => {
  const res = await getEvents(new Request(`http://x/api/events?${query}`), {});
  expect(res.status).toBe(200);
  return (await res.json()) as { items: { slug: string; titleKo: string | null }[] };
};

describe('searching events in Korean', () => {
  test('a Korean word finds events by their Korean title or summary, title matches first, each newest first', async () => {
    const { items } = await search(`q=${encodeURIComponent('시험파병')}`);
    expect(items.map((e) => e.slug)).toEqual([inTitle, older, inSummary]);
    expect(items[0].titleKo).toBe('시험파병 첫 보도');
  });

  test('every word must match, in the title or the summary', async () => {
    const both = await search(`q=${encodeURIComponent('시험파병 국경')}`);
    expect(both.items.map((e) => e.slug)).toEqual([inSummary]);
    expect((await search(`q=${encodeURIComponent('시험파병 없는말')}`)).items).toEqual([]);
  });

  test('a date order and the other filters apply to a Korean search as to an English one', async () => {
    const oldest = await search(`q=${encodeURIComponent('시험파병')}&sort=oldest`);
    expect(oldest.items.map((e) => e.slug)).toEqual([older, inTitle, inSummary]);
    const from = await search(`q=${encodeURIComponent('시험파병')}&from=2031`);
    expect(from.items.map((e) => e.slug)).toEqual([inTitle, inSummary]);
    const timeline = await getTimeline(
      new Request(`http://x/api/timeline?q=${encodeURIComponent('시험파병')}&from=2030&to=2031`),
      {},
    );
    const body = await timeline.json();
    expect(body.items.map((e: { slug: string }) => e.slug).sort()).toEqual(
      [inTitle, older, inSummary].sort(),
    );
  });

  test('the seeded Korean titles are found: "파병" finds the NIS announcement', async () => {
    const { items } = await search(`q=${encodeURIComponent('파병')}`);
    expect(items.map((e) => e.slug)).toContain('nis-announces-dprk-troop-deployment');
  });

  test('an English search is unchanged: it does not look at the Korean text', async () => {
    const { items } = await search('q=Korean%20search%20test');
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect((await search('q=troops')).items.length).toBeGreaterThan(3);
  });
});

describe('the overview search in Korean', () => {
  test('"북한" finds North Korea by its Korean name, and events by their Korean titles', async () => {
    const results = await searchSite('북한');
    expect(results.actors.map((a) => a.code)).toContain('KP');
    expect(results.actors.find((a) => a.code === 'KP')?.nameKo).toBe('북한');
    expect(results.events.length).toBeGreaterThan(0);
    for (const e of results.events) expect(e.titleKo).toContain('북한');
  });
});
