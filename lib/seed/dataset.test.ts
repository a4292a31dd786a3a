import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectSources, parseTradeSource, readSeedDataset, SEED_DIR } from './dataset.ts';

describe('readSeedDataset', () => {
  test('reads the shipped dataset with every record and citation', () => {
    const data = readSeedDataset();
    expect(data.events).toHaveLength(33);
    expect(data.quotes).toHaveLength(34);
    expect(data.trade).toHaveLength(77);
    expect(data.events.every((e) => e.sources.length > 0)).toBe(true);
    expect(data.events.map((e) => e.id)).toContain('msmt-launched');
  });

  test('names the file, row and field when the data is broken', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-'));
    cpSync(path.dirname(SEED_DIR), dir, { recursive: true });
    const data = path.join(dir, 'data');
    const csv = readFileSync(path.join(data, 'trade.csv'), 'utf8').split('\n');
    csv[3] = csv[3].replace(/,(export|import|total),/, ',exports,');
    writeFileSync(path.join(data, 'trade.csv'), csv.join('\n'));
    expect(() => readSeedDataset(data)).toThrow(/trade\.csv line 4, flow:/);
  });

  test('refuses a quote that points at an unknown event', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-'));
    cpSync(path.dirname(SEED_DIR), dir, { recursive: true });
    const file = path.join(dir, 'data', 'quotes.json');
    const quotes = JSON.parse(readFileSync(file, 'utf8'));
    quotes.quotes[0].eventSlug = 'no-such-event';
    writeFileSync(file, JSON.stringify(quotes));
    expect(() => readSeedDataset(path.join(dir, 'data'))).toThrow(
      /quote q-cha-combat-experience-srbm: event no-such-event/,
    );
  });
});

describe('collectSources', () => {
  test('keeps one source per key across events and quotes', () => {
    const sources = collectSources(readSeedDataset());
    const keys = sources.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('csis_cha');
  });
});

describe('parseTradeSource', () => {
  test('splits compiler, publisher and date and keeps the whole citation', () => {
    const text = 'China GAC customs data (via Reuters); reported by Reuters (2019-01-23)';
    expect(parseTradeSource(text, 'https://example.org/a')).toEqual({
      key: `trade:${text}|https://example.org/a`,
      compiler: 'China GAC customs data (via Reuters)',
      publisher: 'Reuters',
      title: text,
      publishedAt: '2019-01-23',
      url: 'https://example.org/a',
    });
  });

  test('copes with notes between compiler and publisher, and no date', () => {
    const parsed = parseTradeSource(
      "US CRS (via KBS); reported as 'close to' $1.4bn; reported by KBS World",
      '',
    );
    expect(parsed).toMatchObject({
      compiler: 'US CRS (via KBS)',
      publisher: 'KBS World',
      publishedAt: null,
      url: null,
    });
  });
});
