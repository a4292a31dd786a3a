import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSeedDataset } from './dataset.ts';
import { readSeedEras } from './eras.ts';
import { isoKoreanName, readSeedKorean } from './korean.ts';

describe('readSeedKorean', () => {
  const data = readSeedDataset();

  test('names every seeded state in Korean from its ISO code, and the rest from korean.json', () => {
    const { actorNames, eventTitles } = readSeedKorean(data);
    for (const a of data.actors.filter((x) => x.kind === 'state'))
      expect(actorNames.get(a.code), a.code).toMatch(/\p{Script=Hangul}/u);
    expect(actorNames.get('KP')).toBe('북한');
    expect(actorNames.get('NATO')).toBe('북대서양조약기구');
    expect(eventTitles.get('nis-announces-dprk-troop-deployment')).toContain('파병');
  });

  // A record added to the seed without its Korean fails here, by name, rather than showing
  // English on the Korean site.
  test('every seed event has a Korean title and summary', () => {
    const { eventTitles, eventSummaries } = readSeedKorean(data);
    const hangul = (m: Map<string, string>, k: string) => /\p{Script=Hangul}/u.test(m.get(k) ?? '');
    expect(data.events.filter((e) => !hangul(eventTitles, e.id)).map((e) => e.id)).toEqual([]);
    expect(data.events.filter((e) => !hangul(eventSummaries, e.id)).map((e) => e.id)).toEqual([]);
  });

  test('every seed actor has a Korean name', () => {
    const { actorNames } = readSeedKorean(data);
    const missing = data.actors.filter((a) => !actorNames.has(a.code)).map((a) => a.code);
    expect(missing).toEqual([]);
  });

  test("every seed estimate's quantity, era and tag has Korean", () => {
    const { quantities, eraTitles, tagNames } = readSeedKorean(data);
    const quantityLess = data.estimates.filter((e) => !quantities.has(e.quantity));
    expect(quantityLess.map((e) => e.key)).toEqual([]);
    expect(
      readSeedEras(data)
        .filter((e) => !eraTitles.has(e.slug))
        .map((e) => e.slug),
    ).toEqual([]);
    const tags = [...new Set(data.events.flatMap((e) => e.tags))];
    expect(tags.filter((t) => !tagNames.has(t))).toEqual([]);
  });

  test('keeps the English figures in each Korean summary', () => {
    const { eventSummaries } = readSeedKorean(data);
    // Years only: other figures change form in Korean (10,000 → 1만).
    const years = (s: string) => [...s.matchAll(/\b(19|20)\d\d\b/g)].map((m) => m[0]).sort();
    for (const e of data.events)
      expect(years(eventSummaries.get(e.id) ?? ''), e.id).toEqual(years(e.summary));
  });

  test('only ISO alpha-2 codes have an ISO name', () => {
    expect(isoKoreanName('US')).toBe('미국');
    expect(isoKoreanName('NATO')).toBeNull();
    expect(isoKoreanName('P_XI')).toBeNull();
  });

  test('refuses a translation of a record the seed does not have', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ko-')), 'korean.json');
    const body = { translatedBy: 'project', actors: { NOPE: '가' }, events: {}, eras: {} };
    writeFileSync(file, JSON.stringify(body));
    expect(() => readSeedKorean(data, file)).toThrow(/unknown records: NOPE/);
  });

  test('refuses summaries, quantities and tags the seed does not have', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ko-')), 'korean.json');
    const body = {
      translatedBy: 'project',
      actors: {},
      events: {},
      eras: {},
      summaries: { 'no-such-event': '가' },
      quantities: { 'No such quantity': '나' },
      tags: { 'no-such-tag': '다' },
    };
    writeFileSync(file, JSON.stringify(body));
    expect(() => readSeedKorean(data, file)).toThrow(
      /unknown records: no-such-event, No such quantity, no-such-tag/,
    );
  });
});
