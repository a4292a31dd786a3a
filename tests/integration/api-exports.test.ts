import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { GET as getActors } from '../../app/api/actors/route.ts';
import { GET as exportCsv } from '../../app/api/events/export.csv/route.ts';
import { GET as exportJson } from '../../app/api/events/export.json/route.ts';
import { GET as getOpenApi } from '../../app/api/openapi.json/route.ts';
import { GET as getTags } from '../../app/api/tags/route.ts';
import { GET as getFeed } from '../../app/feed.xml/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { iterateEvents } from '../../lib/db/events/export.ts';
import { eventFilterSchema } from '../../lib/schemas/event-query.ts';
import { CSV_COLUMNS, toCsvRow } from '../../lib/export/events-csv.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestRecords, makeEvent } from '../helpers/factories.ts';
import type { EventDto } from '../../lib/shapes/event.ts';

const call = (
  route: (r: Request, c: object) => Promise<Response>,
  path: string,
  headers: HeadersInit = {},
) => route(new Request(`http://x${path}`, { headers }), {});
const countPublished = () =>
  getDb().event.count({ where: { deletedAt: null, publication: 'published' } });

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await cleanupTestRecords();
  await getDb().$disconnect();
});

describe('GET /api/events/export.csv', () => {
  test('streams one row per matching event with actors, tags and sources, as an attachment', async () => {
    const res = await call(exportCsv, '/api/events/export.csv?actor=JP');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="events-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const rows = Papa.parse<Record<string, string>>(
      (await res.text()).replace(/^\uFEFF/, '').trim(),
      { header: true },
    ).data;
    const expected = await getDb().event.count({
      where: {
        deletedAt: null,
        publication: 'published',
        actors: { some: { actor: { code: 'JP' } } },
      },
    });
    expect(rows.length).toBe(expected);
    for (const r of rows) {
      expect(r.actors).toMatch(/\bJP\b/);
      expect(r.sources.length).toBeGreaterThan(0);
    }
  });

  test('each row holds what the full event shape holds (the JSON export), trashed tags and sources left out', async () => {
    // A trashed tag and a trashed source on a published event, so the test sees them left out.
    const event = await makeEvent({ title: 'Export row check' });
    const tag = await getDb().tag.create({
      data: {
        slug: 'test-export-trashed',
        name: 'Trashed for the export test',
        deletedAt: new Date(),
      },
    });
    await getDb().eventTag.create({ data: { eventId: event.id, tagId: tag.id } });
    onTestFinished(async () => {
      await getDb().eventTag.deleteMany({ where: { tagId: tag.id } });
      await getDb().tag.delete({ where: { id: tag.id } });
    });
    const link = await getDb().eventSource.findFirstOrThrow({ where: { eventId: event.id } });
    await getDb().source.update({ where: { id: link.sourceId }, data: { deletedAt: new Date() } });
    const csv = Papa.parse<string[]>(
      (await (await call(exportCsv, '/api/events/export.csv')).text())
        .replace(/^\uFEFF/, '')
        .trim(),
    ).data;
    const events: EventDto[] = JSON.parse(
      await (await call(exportJson, '/api/events/export.json')).text(),
    );
    expect(csv[0]).toEqual([...CSV_COLUMNS]);
    expect(csv.slice(1)).toEqual(
      events.map((e) => toCsvRow({ ...e, quoteCount: e.quotes.length })),
    );
    const row = csv.find((r) => r[0] === event.slug)!;
    expect(row[CSV_COLUMNS.indexOf('tags')]).toBe('');
    expect(row[CSV_COLUMNS.indexOf('sources')]).toBe('');
    expect(csv.some((r) => r[CSV_COLUMNS.indexOf('quote_count')] !== '0')).toBe(true);
  });

  test('neutralises cells that a spreadsheet would run as formulas', async () => {
    const evil = await makeEvent({ title: '=HYPERLINK("http://evil.example","x")' });
    const text = await (
      await call(exportCsv, '/api/events/export.csv?from=2020-05-01&to=2020-05-01')
    ).text();
    const row = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, '').trim(), {
      header: true,
    }).data.find((r) => r.slug === evil.slug)!;
    expect(row.title).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  test('answers 400 naming a bad parameter', async () => {
    const res = await call(exportCsv, '/api/events/export.csv?status=maybe');
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).fields)).toEqual(['status']);
  });
});

describe('GET /api/events/export.json', () => {
  test('is a JSON array of every published event in the API shape', async () => {
    const res = await call(exportJson, '/api/events/export.json');
    const events = JSON.parse(await res.text());
    expect(events.length).toBe(await countPublished());
    expect(events[0]).toHaveProperty('sources');
    expect(events[0]).toHaveProperty('quotes');
  });

  test('an export matching nothing is an empty array', async () => {
    expect(
      JSON.parse(await (await call(exportJson, '/api/events/export.json?q=xylophonequark')).text()),
    ).toEqual([]);
  });

  test('reads the events page by page without gaps or repeats', async () => {
    const slugs: string[] = [];
    for await (const page of iterateEvents(eventFilterSchema.parse({}), 4)) {
      expect(page.length).toBeLessThanOrEqual(4);
      slugs.push(...page.map((e) => e.slug));
    }
    expect(slugs.length).toBe(await countPublished());
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe('GET /feed.xml', () => {
  test('is a valid Atom feed of the latest events that respects filters', async () => {
    const res = await call(getFeed, '/feed.xml?tag=sanctions');
    expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'entry' || name === 'category',
    }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.entry.length).toBe(6);
    for (const entry of feed.entry) {
      expect(entry.category.map((c: Record<string, string>) => c['@_term'])).toContain('sanctions');
      expect(entry.link['@_href']).toMatch(/^http:\/\/x\/events\//);
      expect(Date.parse(entry.updated)).not.toBeNaN();
    }
  });

  test('answers 304 to If-None-Match with its ETag', async () => {
    const etag = (await call(getFeed, '/feed.xml')).headers.get('etag')!;
    expect((await call(getFeed, '/feed.xml', { 'if-none-match': etag })).status).toBe(304);
  });
});

describe('GET /api/actors and /api/tags', () => {
  test('list actors and tags with their published event counts', async () => {
    const actors = (await (await call(getActors, '/api/actors')).json()).items;
    const kp = actors.find((a: { code: string }) => a.code === 'KP');
    expect(kp).toMatchObject({ name: expect.stringMatching(/^North Korea/), kind: 'state' });
    expect(kp.eventCount).toBe(
      await getDb().eventActor.count({
        where: { actor: { code: 'KP' }, event: { deletedAt: null, publication: 'published' } },
      }),
    );
    const tags = (await (await call(getTags, '/api/tags')).json()).items;
    expect(tags.find((t: { slug: string }) => t.slug === 'sanctions').eventCount).toBe(6);
  });
});

describe('GET /api/openapi.json', () => {
  test('documents every public read endpoint', async () => {
    const doc = await (await call(getOpenApi, '/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/events',
        '/api/events/{slug}',
        '/api/timeline',
        '/api/actors',
        '/api/tags',
        '/api/events/export.csv',
        '/api/events/export.json',
        '/feed.xml',
      ]),
    );
  });

  test('documents the record writes beside the reads, with bodies from the same schemas', async () => {
    const doc = await (await call(getOpenApi, '/api/openapi.json')).json();
    expect(Object.keys(doc.paths['/api/actors'])).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/trade/observations/{id}'])).toEqual([
      'get',
      'patch',
      'delete',
    ]);
    expect(doc.paths['/api/tags/{slug}/restore'].post).toBeDefined();
    expect(doc.paths['/api/sources'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/SourceInput',
    });
    // Null: not graded yet (a grade is a decision, never a default).
    expect(doc.components.schemas.SourceInput.properties.reliability.anyOf).toEqual([
      { type: 'string', enum: ['A', 'B', 'C', 'D', 'E', 'F'] },
      { type: 'null' },
    ]);
  });
});
