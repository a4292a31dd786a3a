import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, csvChunk, type CsvEvent } from './events-csv.ts';

const event: CsvEvent = {
  slug: 'e1',
  title: '=HYPERLINK("http://evil","click")',
  date: '2024-10-23',
  endDate: null,
  datePrecision: 'day',
  status: 'confirmed',
  confidence: 'high',
  importance: 3,
  location: { name: 'Kursk, Russia' },
  actors: [
    { code: 'KP', role: 'participant' },
    { code: 'RU', role: 'host' },
  ],
  tags: ['military'],
  sources: [
    {
      publisher: 'Wire',
      title: 'Report, "quoted"',
      url: 'https://example.org/a',
      reliability: 'B',
      credibility: 2,
    },
  ],
  quoteCount: 1,
  summary: 'Line one\nline two',
  notes: '@SUM(A1)',
  titleKo: '북한군 러시아 파병',
  summaryKo: null,
  version: 2,
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('csvChunk', () => {
  test('writes a header, quotes commas and newlines, and defuses formulas', () => {
    const text = csvChunk([event], true) + csvChunk([{ ...event, slug: 'e2' }], false);
    const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((r) => r.slug)).toEqual(['e1', 'e2']);
    expect(parsed.data[0].title).toBe(`'=HYPERLINK("http://evil","click")`);
    expect(parsed.data[0].notes).toBe("'@SUM(A1)");
    expect(parsed.data[0].summary).toBe('Line one\nline two');
    expect(parsed.data[0].actors).toBe('KP | RU (host)');
    expect(parsed.data[0].sources).toBe('Wire: Report, "quoted" [B2]');
  });

  test('an empty page is empty', () => expect(csvChunk([], false)).toBe(''));
});
