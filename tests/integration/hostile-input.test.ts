import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST } from '../../app/api/events/route.ts';
import { Markdown } from '../../components/events/markdown.tsx';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

let bearer: Record<string, string>;
beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  bearer = (await makeUser('editor')).bearer;
});
afterAll(async () => {
  await getDb().event.deleteMany({ where: { slug: { startsWith: 'test-hostile-' } } });
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const base = {
  slug: 'test-hostile-ok',
  title: 'A title',
  date: '2024-10-23',
  actors: [{ code: 'KP' }],
};
const post = (body: string) =>
  POST(
    new Request('http://x/api/events', {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body,
    }),
    {},
  );
const counts = async () => [
  await getDb().event.count(),
  await getDb().source.count(),
  await getDb().revision.count(),
];

describe('hostile input to POST /api/events', () => {
  test.each([
    [
      'a javascript: source URL',
      { sources: [{ publisher: 'P', title: 'T', url: 'javascript:alert(1)' }] },
      'sources.0.url',
    ],
    ['a 1 MB title', { title: 'x'.repeat(1_000_000) }, 'title'],
    ['an invalid date', { date: '2024-13-45' }, 'date'],
    ['a year before 0100 (0024 is not 1924)', { date: '0024-10-23' }, 'date'],
    [
      'a source published in year 0024',
      { sources: [{ publisher: 'P', title: 'T', publishedAt: '0024' }] },
      'sources.0.publishedAt',
    ],
    ['a NUL character in the title', { title: 'a\u0000b' }, 'title'],
    ['a NUL character in the summary', { summary: 'a\u0000b' }, 'summary'],
    [
      'a NUL character in an actor role',
      { actors: [{ code: 'KP', role: 'a\u0000b' }] },
      'actors.0.role',
    ],
    [
      'a NUL character in a source URL',
      { sources: [{ publisher: 'P', title: 'T', url: 'https://example.org/\u0000' }] },
      'sources.0.url',
    ],
    [
      'a NUL character in a quote',
      { sources: [{ publisher: 'P', title: 'T' }], quotes: [{ speaker: 'S', text: 'a\u0000' }] },
      'quotes.0.text',
    ],
    ['an end date before the start', { endDate: '2020-01-01' }, 'endDate'],
    ['an unknown actor code', { actors: [{ code: 'ZZZ_NOPE' }] }, 'actors.0.code'],
    ['a duplicate slug', { slug: 'us-austin-confirms-dprk-troops-rome' }, 'slug'],
    [
      'a negative credibility',
      { sources: [{ publisher: 'P', title: 'T', credibility: -1 }] },
      'sources.0.credibility',
    ],
  ])(
    'refuses %s with 422 naming the field, and changes nothing',
    async (_label, override, field) => {
      const before = await counts();
      const res = await post(JSON.stringify({ ...base, ...override }));
      expect(res.status).toBe(422);
      const body = await res.json();
      expect(Object.keys(body.fields)).toContain(field);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
      expect(await counts()).toEqual(before);
    },
  );

  test('refuses malformed JSON with 400, not 500', async () => {
    const res = await post('{"slug": ');
    expect(res.status).toBe(400);
    expect((await res.json()).fields).toHaveProperty('body');
  });

  test('keeps script tags and javascript: links in a summary inert when rendered', async () => {
    const summary =
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1))';
    const res = await post(
      JSON.stringify({
        ...base,
        slug: 'test-hostile-script',
        title: '<script>alert(1)</script>',
        summary,
      }),
    );
    expect(res.status).toBe(201);
    const stored = await res.json();
    expect(stored.summary).toBe(summary);
    const html = renderToStaticMarkup(createElement(Markdown, null, stored.summary));
    expect(html).not.toMatch(/<script|<img|<[^>]*onerror|href="javascript:/i);
    expect(html).toContain('&lt;script&gt;');
  });
});
