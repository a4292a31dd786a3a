import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as getEvents } from '../../app/api/events/route.ts';
import { GET as getFeed } from '../../app/feed.xml/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { editorDesk, listDeadLinks } from '../../lib/db/overview/editor-queue.ts';
import { searchSite } from '../../lib/db/search/site.ts';
import { recordLinkCheck } from '../../lib/db/sources/snapshots.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestRecords, makeEvent } from '../helpers/factories.ts';

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await cleanupTestRecords();
  await getDb().$disconnect();
});

describe('the overview search', () => {
  test('answers by kind: events, quotes with their event, actors and sources', async () => {
    const troops = await searchSite('troops');
    // Title matches come first (the event search's own ranking).
    expect(troops.events.length).toBeGreaterThan(3);
    for (const e of troops.events.slice(0, 4)) expect(e.title.toLowerCase()).toContain('troop');

    const haines = await searchSite('Haines');
    expect(haines.actors.map((a) => a.name)).toContain('Avril Haines');
    expect(haines.quotes.length).toBeGreaterThan(0);
    expect(haines.quotes[0].speaker).toMatch(/Haines/);
    expect(haines.quotes[0].event?.slug).toBeTruthy();

    const rubicon = await searchSite('crossing the rubicon');
    expect(rubicon.sources.map((s) => s.title)).toContain(
      'Crossing the Rubicon: DPRK Sends Troops to Russia',
    );
  });

  test('every word must match, and pattern characters are taken literally', async () => {
    expect((await searchSite('Haines zzzqqq')).actors).toEqual([]);
    const percent = await searchSite('%');
    expect(percent.actors).toEqual([]); // no actor's name has a literal %
    for (const s of percent.sources) expect(`${s.title} ${s.publisher}`).toContain('%');
    const underscore = await searchSite('_');
    expect(underscore.actors.length).toBeGreaterThan(0); // codes such as P_AUSTIN
    for (const a of underscore.actors) expect(`${a.name} ${a.code}`).toContain('_');
  });

  test('drafts and trashed events, and quotes said at them, are never found', async () => {
    const word = `Zorblax${Date.now()}`;
    await makeEvent({ publication: 'draft', title: `${word} draft` });
    await makeEvent({ deletedAt: new Date(), title: `${word} trashed` });
    const found = await searchSite(word);
    expect(found.events).toEqual([]);
    const draft = await makeEvent({ publication: 'draft', title: 'Quote holder' });
    await getDb().quote.create({
      data: { speaker: 'Nobody', text: `${word} said in a draft`, eventId: draft.id },
    });
    expect((await searchSite(word)).quotes).toEqual([]);
  });
});

describe('the search sorted by date', () => {
  test('newest and oldest first order events and quotes by date; relevance is the default', async () => {
    const relevance = await searchSite('troops');
    expect(await searchSite('troops', 'relevance')).toEqual(relevance);
    const oldest = await searchSite('troops', 'oldest');
    const newest = await searchSite('troops', 'newest');
    const dates = (r: typeof oldest) => r.events.map((e) => e.date);
    expect(dates(oldest).length).toBeGreaterThan(3);
    expect(dates(oldest)).toEqual([...dates(oldest)].sort());
    expect(dates(newest)).toEqual([...dates(newest)].sort().reverse());
    // The oldest match overall comes first: none of the newest-first page is older.
    for (const d of dates(newest)) expect(d >= dates(oldest)[0]).toBe(true);
    // The same matches, ranked differently, as the relevance order's own set when all fit.
    const quoteDates = (r: typeof oldest) => r.quotes.map((q) => q.date ?? '9999');
    const haines = await searchSite('Haines', 'oldest');
    expect(haines.quotes.length).toBeGreaterThan(0);
    expect(quoteDates(haines)).toEqual([...quoteDates(haines)].sort());
    const hainesNewest = await searchSite('Haines', 'newest');
    expect(quoteDates(hainesNewest)).toEqual(
      [...quoteDates(hainesNewest)].sort((a, b) =>
        a === '9999' ? 1 : b === '9999' ? -1 : b.localeCompare(a),
      ),
    );
  });

  test('quotes and sources are found by their words through the search index', async () => {
    // Stemmed words, as the event search: "troop" finds "troops".
    const found = await searchSite('rubicon crossing');
    expect(found.sources.map((s) => s.title)).toContain(
      'Crossing the Rubicon: DPRK Sends Troops to Russia',
    );
    // A source cited only by a draft stays hidden.
    const word = `Quuxly${Date.now()}`;
    const draft = await makeEvent({ publication: 'draft' });
    await getDb().source.create({
      data: {
        publisher: 'Test wire',
        title: `${word} report`,
        events: { create: { eventId: draft.id } },
      },
    });
    expect((await searchSite(word)).sources).toEqual([]);
  });

  test('sources are found by their publisher', async () => {
    const found = await searchSite('Yonhap');
    expect(found.sources.length).toBeGreaterThan(0);
    expect(found.sources.every((s) => /yonhap/i.test(`${s.publisher} ${s.title}`))).toBe(true);
  });
});

describe('sources flagged as dead links', () => {
  test('lists live sources whose last check of their current address found them dead', async () => {
    const db = getDb();
    const event = await makeEvent();
    const [{ source }] = await db.eventSource.findMany({
      where: { eventId: event.id },
      include: { source: true },
    });
    const before = await listDeadLinks();
    expect(before.newest.map((d) => d.sourceId)).not.toContain(source.id);

    await recordLinkCheck({
      sourceId: source.id,
      url: source.url!,
      status: 404,
      error: null,
      dead: true,
    });
    const after = await listDeadLinks();
    expect(after.count).toBe(before.count + 1);
    expect(after.newest[0]).toMatchObject({
      sourceId: source.id,
      title: source.title,
      status: 404,
      url: source.url,
    });

    // An editor sees it; a reader (nobody signed in) gets no list at all.
    expect((await editorDesk({ role: 'editor' })).deadLinks?.newest[0].sourceId).toBe(source.id);
    expect(await editorDesk(null)).toEqual({ queue: null, deadLinks: null });

    // A live answer clears it; so does a corrected address the check has not seen yet.
    await recordLinkCheck({
      sourceId: source.id,
      url: source.url!,
      status: 200,
      error: null,
      dead: false,
    });
    expect((await listDeadLinks()).count).toBe(before.count);
    await recordLinkCheck({
      sourceId: source.id,
      url: source.url!,
      status: null,
      error: 'timeout',
      dead: true,
    });
    expect((await listDeadLinks()).count).toBe(before.count + 1);
    await db.source.update({ where: { id: source.id }, data: { url: `${source.url}-moved` } });
    expect((await listDeadLinks()).count).toBe(before.count);
    await db.sourceLinkCheck.delete({ where: { sourceId: source.id } });
  });
});

describe('follow (a watchlist) on /api/events and /feed.xml', () => {
  const list = async (qs: string) => {
    const res = await getEvents(new Request(`http://x/api/events?${qs}`), {});
    return { status: res.status, body: await res.json() };
  };

  test('a pair keeps events naming both actors; items combine as alternatives', async () => {
    const { body: pair } = await list('follow=pair:KP-RU&limit=200');
    expect(pair.items.length).toBeGreaterThan(0);
    for (const e of pair.items) {
      const codes = e.actors.map((a: { code: string }) => a.code);
      expect(codes).toEqual(expect.arrayContaining(['KP', 'RU']));
    }
    const { body: either } = await list('follow=pair:KP-RU&follow=actor:US&limit=200');
    expect(either.items.length).toBeGreaterThan(pair.items.length);
    for (const e of either.items) {
      const codes = e.actors.map((a: { code: string }) => a.code);
      expect(codes.includes('US') || (codes.includes('KP') && codes.includes('RU'))).toBe(true);
    }
  });

  test('a malformed item is a 400 naming the follow field', async () => {
    for (const bad of ['actor:kp', 'pair:KP', 'country:KP', 'tag:Not A Slug']) {
      const { status, body } = await list(`follow=${encodeURIComponent(bad)}`);
      expect(status).toBe(400);
      expect(JSON.stringify(body)).toContain('follow');
    }
  });

  test('the feed of a watchlist holds its events and names them in its self link', async () => {
    const res = await getFeed(new Request('http://x/feed.xml?follow=pair:KP-RU'), {});
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).toContain('follow=pair%3AKP-RU');
    expect(xml).toContain('Comprehensive Strategic Partnership');
  });
});
