import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSeedDataset } from './dataset.ts';
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
});
