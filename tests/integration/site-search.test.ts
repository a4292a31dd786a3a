import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as getEvents } from '../../app/api/events/route.ts';
import { GET as getFeed } from '../../app/feed.xml/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { searchSite } from '../../lib/db/search/site.ts';
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
