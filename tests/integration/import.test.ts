import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST } from '../../app/api/import/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { createEvent } from '../../lib/db/events/writes.ts';
import { getEvent } from '../../lib/db/events/reads.ts';
import { snapshotQuotes } from '../../lib/db/quotes/spec.ts';
import { eventInputSchema } from '../../lib/schemas/event.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { MAX_IMPORT_BYTES } from '../../lib/import/parse.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

let bearer: Record<string, string>;
beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  bearer = (await makeUser('editor')).bearer;
});
afterAll(async () => {
  await getDb().event.deleteMany({ where: { slug: { startsWith: 'test-import-' } } });
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const call = (body: string, mode: 'dry-run' | 'apply', type = 'text/csv') =>
  POST(
    new Request(`http://x/api/import?mode=${mode}`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': type },
      body,
    }),
    {},
  );
const badCsv = readFileSync('tests/fixtures/import-one-bad-row.csv', 'utf8');
const eventCount = () => getDb().event.count();

describe('POST /api/import', () => {
  test('a dry run reports each row: what it would create and what is wrong, by line and field', async () => {
    const before = await eventCount();
    const res = await call(badCsv, 'dry-run');
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ applied: false, counts: { create: 2, update: 0, error: 1 } });
    expect(report.rows[1]).toMatchObject({
      row: 'line 3',
      slug: 'test-import-bad',
      action: 'error',
      errors: { date: expect.stringMatching(/not a day of that month/) },
    });
    expect(await eventCount()).toBe(before);
  });

  test('applying a file with one bad row applies nothing and names the row', async () => {
    const before = await eventCount();
    const res = await call(badCsv, 'apply');
    expect(res.status).toBe(422);
    expect(
      (await res.json()).rows
        .filter((r: { action: string }) => r.action === 'error')
        .map((r: { row: string }) => r.row),
    ).toEqual(['line 3']);
    expect(await eventCount()).toBe(before);
    expect(await getEvent('test-import-good-one')).toBeNull();
  });

  test('an imported event is stored exactly as one made in the editor, with its first revision', async () => {
    const full = (slug: string) => ({
      slug,
      title: 'Shells by rail',
      summary: 'Seen at **Tumangang**.',
      titleKo: '철도로 옮긴 포탄',
      summaryKo: '**두만강**역에서 목격.',
      date: '2023-09-01',
      endDate: '2023-09-20',
      status: 'confirmed',
      publication: 'published',
      location: { name: 'Tumangang', lat: 42.4, lon: 130.6 },
      importance: 4,
      confidence: 'high',
      notes: 'Two sources agree.',
      actors: [
        { code: 'KP', role: 'supplier' },
        { code: 'RU', role: 'recipient' },
      ],
      tags: ['military', 'test-import-new-tag'],
      sources: [
        {
          publisher: 'Wire',
          title: 'Rail cars',
          url: `https://example.org/${slug}`,
          publishedAt: '2023-09-21',
          reliability: 'B',
          credibility: 2,
        },
        {
          publisher: 'Ministry',
          title: 'Statement without a link',
          reliability: 'C',
          credibility: 3,
        },
      ],
      quotes: [
        {
          speaker: 'An official',
          role: 'Ministry',
          text: 'Trains were seen.',
          date: '2023-09-21',
          venue: 'Briefing',
        },
        { speaker: 'A minister', text: 'No comment.', source: 2 },
      ],
      statusReason: 'Satellite images',
      statusSourceUrl: `https://example.org/${slug}`,
    });
    const res = await call(JSON.stringify([full('test-import-bulk')]), 'apply', 'application/json');
    expect(res.status).toBe(201);
    const editor = await getDb().user.findFirstOrThrow({
      where: { role: 'editor' },
      select: { id: true },
    });
    await createEvent(eventInputSchema.parse(full('test-import-single')), editor.id);
    const shape = (e: object | null) =>
      JSON.parse(
        JSON.stringify(e, (k, v) =>
          ['slug', 'url', 'at', 'createdAt', 'updatedAt'].includes(k) ? undefined : v,
        ),
      );
    const imported = await getEvent('test-import-bulk');
    expect(shape(imported)).toEqual(shape(await getEvent('test-import-single')));
    expect(imported!.statusHistory[0]).toMatchObject({
      to: 'confirmed',
      reason: 'Satellite images',
      source: { url: 'https://example.org/test-import-bulk' },
    });
    const id = (await getDb().event.findUniqueOrThrow({ where: { slug: 'test-import-bulk' } })).id;
    const revision = await getDb().revision.findFirstOrThrow({
      where: { entityType: 'event', entityId: id },
    });
    expect(revision).toMatchObject({ version: 1, action: 'create' });
    expect(shape(revision.snapshot as object)).toEqual(shape(imported));
    expect(imported!.quotes.map((q) => q.sources.map((src) => src.title))).toEqual([
      ['Rail cars'],
      ['Statement without a link'],
    ]);
    // Every record the import made has its first revision, as the editor's writes do.
    const made = await Promise.all([
      getDb()
        .tag.findUniqueOrThrow({ where: { slug: 'test-import-new-tag' } })
        .then((t) => ({ entityType: 'tag', entityId: t.id })),
      getDb()
        .source.findFirstOrThrow({ where: { url: 'https://example.org/test-import-bulk' } })
        .then((x) => ({ entityType: 'source', entityId: x.id })),
      ...(await getDb().quote.findMany({ where: { eventId: id } })).map((q) => ({
        entityType: 'quote',
        entityId: q.id,
      })),
    ]);
    for (const where of made)
      expect(await getDb().revision.count({ where: { ...where, action: 'create' } })).toBe(1);
    // A quote's first revision is its snapshot as the quote editor reads it back.
    const quoteIds = made.filter((m) => m.entityType === 'quote').map((m) => m.entityId);
    const stored = await getDb().$transaction((tx) => snapshotQuotes(tx, quoteIds));
    const quoteRevisions = await getDb().revision.findMany({
      where: { entityType: 'quote', entityId: { in: quoteIds } },
      orderBy: { entityId: 'asc' },
    });
    expect(quoteRevisions.map((r) => r.snapshot)).toEqual(
      JSON.parse(JSON.stringify(stored.sort((a, b) => a.id - b.id))),
    );
    // The event's revision was taken at the moment the event was stored.
    const event = await getDb().event.findUniqueOrThrow({ where: { id } });
    expect(revision.snapshot).toMatchObject({
      createdAt: event.createdAt.toISOString(),
      updatedAt: event.updatedAt.toISOString(),
    });
  });

  test('applying a clean JSON file creates, then a second run updates the same slugs', async () => {
    const events = [
      {
        slug: 'test-import-json-a',
        title: 'A',
        date: '2024-01-02',
        publication: 'published',
        actors: [{ code: 'KP' }],
        quotes: [{ speaker: 'S', text: 'Q' }],
      },
      { slug: 'test-import-json-b', title: 'B', date: '2024-01-03' },
    ];
    const first = await call(JSON.stringify(events), 'apply', 'application/json');
    expect(first.status).toBe(201);
    expect((await first.json()).counts).toEqual({ create: 2, update: 0, error: 0 });
    expect((await getEvent('test-import-json-a'))!.quotes[0].text).toBe('Q');
    const second = await call(
      JSON.stringify({ events: [{ ...events[0], title: 'A, corrected' }] }),
      'apply',
      'application/json',
    );
    expect((await second.json()).counts).toEqual({ create: 0, update: 1, error: 0 });
    expect(await getEvent('test-import-json-a')).toMatchObject({
      title: 'A, corrected',
      version: 2,
    });
  });

  test('a row citing a trashed source is refused, naming it, and makes no copy of it', async () => {
    const url = `https://example.org/trashed-${Date.now()}`;
    await getDb().source.create({
      data: { publisher: 'Trash wire', title: 'Trashed report', url, deletedAt: new Date() },
    });
    const row = {
      slug: 'test-import-trashed-source',
      title: 'T',
      date: '2024-01-04',
      sources: [{ publisher: 'Trash wire', title: 'Trashed report', url }],
    };
    const res = await call(JSON.stringify([row]), 'apply', 'application/json');
    const report = await res.json();
    expect(report.applied).toBe(false);
    expect(report.rows[0].errors.sources).toMatch(/Trashed report.*in the trash/);
    expect(await getDb().source.count({ where: { url } })).toBe(1);
    expect(await getDb().event.count({ where: { slug: row.slug } })).toBe(0);
  });

  test('a slug used twice in one file is an error on the second row', async () => {
    const res = await call(
      JSON.stringify([
        { slug: 'test-import-dup', title: 'x', date: '2024-01-01' },
        { slug: 'test-import-dup', title: 'y', date: '2024-01-01' },
      ]),
      'dry-run',
      'application/json',
    );
    expect((await res.json()).rows[1]).toMatchObject({
      row: 'item 2',
      errors: { slug: 'Slug already used by item 1 of this file' },
    });
  });

  test.each([
    ['malformed CSV', 'slug,title,date\n"unclosed,Title,2024-01-02\n', 'text/csv', 400],
    ['malformed JSON', '[{"slug":', 'application/json', 400],
    ['an oversized file', 'x'.repeat(MAX_IMPORT_BYTES + 1), 'text/csv', 413],
    ['too many rows', 'slug,title,date\n' + 'a,b,2024-01-01\n'.repeat(5001), 'text/csv', 413],
  ])('refuses %s with a clear %i and changes nothing', async (_label, body, type, status) => {
    const before = await eventCount();
    const res = await call(body, 'apply', type);
    expect(res.status).toBe(status);
    expect((await res.json()).message).toMatch(
      status === 413 ? /limit is 5 MB and 5000 rows/ : /malformed|not valid JSON/,
    );
    expect(await eventCount()).toBe(before);
  });
});
