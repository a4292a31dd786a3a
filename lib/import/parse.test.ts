import { describe, expect, test } from 'vitest';
import { detectFormat, parseImportFile } from './parse.ts';

describe('parseImportFile', () => {
  test('reads CSV rows with their line numbers, actors, tags and a source', () => {
    const csv =
      'slug,title,date,actors,tags,sourcePublisher,sourceTitle,sourceUrl,sourceReliability,sourceCredibility\n' +
      'a-b,Title,2024-01-02,KP:participant|RU,military|sanctions,Wire,Report,https://e.org/1,B,2\n';
    const result = parseImportFile(csv, 'csv');
    expect(result).toEqual({
      rows: [
        {
          label: 'line 2',
          data: expect.objectContaining({
            slug: 'a-b',
            actors: [{ code: 'KP', role: 'participant' }, { code: 'RU' }],
            tags: ['military', 'sanctions'],
            sources: [
              expect.objectContaining({
                publisher: 'Wire',
                url: 'https://e.org/1',
                reliability: 'B',
                credibility: '2',
              }),
            ],
          }),
        },
      ],
    });
  });

  test.each([
    ['slug,title,date\n"a-b,Title,2024-01-02\n', 'csv', /malformed/],
    ['slug,title,date\na,b,c,d,e\n', 'csv', /malformed at line 2/],
    ['name,when\nx,y\n', 'csv', /header row/],
    ['{"slug": ', 'json', /not valid JSON/],
    ['{"slug": "x"}', 'json', /array of events/],
  ] as const)('explains a broken file: %s', (text, format, message) => {
    const result = parseImportFile(text, format);
    expect('error' in result && result.error).toMatch(message);
  });

  test('names JSON rows by item number', () => {
    expect(parseImportFile('[{"slug":"a"},{"slug":"b"}]', 'json')).toEqual({
      rows: [
        { label: 'item 1', data: { slug: 'a' } },
        { label: 'item 2', data: { slug: 'b' } },
      ],
    });
  });

  test('reads Korean columns as the export writes them, in CSV and JSON', () => {
    const csv = 'slug,title,title_ko,summary_ko,date\na-b,Troops,북한군 파병, 요약 ,2024-01-02\n';
    const [row] = (parseImportFile(csv, 'csv') as { rows: { data: object }[] }).rows;
    expect(row.data).toMatchObject({ titleKo: '북한군 파병', summaryKo: ' 요약 ' });
    expect(row.data).not.toHaveProperty('title_ko');
    const json = '[{"slug":"a","title_ko":"가","titleKo":"나","summary_ko":"다"}]';
    expect(parseImportFile(json, 'json')).toEqual({
      rows: [{ label: 'item 1', data: { slug: 'a', titleKo: '나', summaryKo: '다' } }],
    });
  });

  test('detects the format', () => {
    expect(detectFormat('text/csv', '[')).toBe('csv');
    expect(detectFormat(null, ' [{"a":1}]')).toBe('json');
    expect(detectFormat('events.json', 'x')).toBe('json');
  });
});
