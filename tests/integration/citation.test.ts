import Ajv from 'ajv';
import { parse as parseRis } from 'astrocite-ris';
import bibtexParse from 'bibtex-parse';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST as createRoute } from '../../app/api/events/route.ts';
import { DELETE, GET, PATCH } from '../../app/api/events/[slug]/route.ts';
import { POST as restoreRoute } from '../../app/api/events/[slug]/restore/route.ts';
import EventPage from '../../app/[locale]/events/[slug]/page.tsx';
import { renderInLocale } from '../helpers/render.tsx';
import { GET as citationRoute } from '../../app/api/events/[slug]/citation/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { getEventAtRevision } from '../../lib/db/events/revision.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

let editor: Awaited<ReturnType<typeof makeUser>>;
const slugs: string[] = [];
const TITLE = 'Troops & {braces} at 100% of #1_site ~ ^ \\ "quoted"';

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');
});
afterAll(async () => {
  await getDb().event.deleteMany({ where: { slug: { in: slugs } } });
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const ctx = (slug: string) => ({ params: Promise.resolve({ slug }) });
const write = (method: string, body: unknown) =>
  new Request('http://x/api/events', {
    method,
    headers: { 'content-type': 'application/json', ...editor.bearer },
    body: JSON.stringify(body),
  });
const read = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://x${path}`, { headers });

let n = 0;
/** An event at version 1 (published unless told), its sources one with a key and one without. */
async function create(publication: 'draft' | 'published' = 'published') {
  const slug = `test-cite-${Date.now()}-${n++}`;
  slugs.push(slug);
  const res = await createRoute(
    write('POST', {
      slug,
      title: TITLE,
      date: '2024-10-23',
      datePrecision: 'day',
      publication,
      actors: [{ code: 'KP', role: 'participant' }],
      sources: [
        {
          publisher: 'Test wire & Co',
          title: 'Report on {troops}',
          url: `https://example.org/${slug}?a=1&b=2`,
          publishedAt: '2024-10',
          reliability: 'B',
          credibility: 2,
        },
      ],
    }),
    ctx(''),
  );
  expect(res.status).toBe(201);
  return (await res.json()) as { slug: string; version: number };
}

async function patch(slug: string, body: object) {
  const res = await PATCH(write('PATCH', body), ctx(slug));
  expect(res.status).toBe(200);
  return res.json();
}

describe('GET /api/events/[slug]?rev=N', () => {
  test('answers each published revision as it was, and links to the current one', async () => {
    const { slug } = await create();
    await patch(slug, { title: 'Troops confirmed', version: 1 });
    const old = await GET(read(`/api/events/${slug}?rev=1`), ctx(slug));
    expect(old.status).toBe(200);
    expect(await old.json()).toMatchObject({ slug, title: TITLE, version: 1 });
    expect(old.headers.get('link')).toMatch(
      new RegExp(`/api/events/${slug}>; rel="latest-version"`),
    );
    expect(old.headers.get('x-current-version')).toBe('2');
    const now = await GET(read(`/api/events/${slug}?rev=2`), ctx(slug));
    expect(await now.json()).toMatchObject({ title: 'Troops confirmed', version: 2 });
    const plain = await GET(read(`/api/events/${slug}`), ctx(slug));
    expect(await plain.json()).toMatchObject({ title: 'Troops confirmed', version: 2 });
  });

  test('is a 404 for a revision that does not exist or was a draft, and a 400 for a bad rev', async () => {
    const { slug } = await create('draft');
    await patch(slug, { publication: 'published', version: 1 });
    expect((await GET(read(`/api/events/${slug}?rev=2`), ctx(slug))).status).toBe(200);
    const draft = await GET(read(`/api/events/${slug}?rev=1`), ctx(slug));
    expect(draft.status).toBe(404);
    expect(await draft.json()).toMatchObject({ error: 'not_found' });
    // An editor asking gets the same: a draft state is never a citable version.
    expect((await GET(read(`/api/events/${slug}?rev=1`, editor.bearer), ctx(slug))).status).toBe(
      404,
    );
    expect((await GET(read(`/api/events/${slug}?rev=3`), ctx(slug))).status).toBe(404);
    expect((await GET(read(`/api/events/${slug}?rev=99999999999`), ctx(slug))).status).toBe(400);
    const bad = await GET(read(`/api/events/${slug}?rev=abc`), ctx(slug));
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields).toHaveProperty('rev');
  });

  test('a trashed event has no citable revision until it is restored', async () => {
    const { slug } = await create();
    await patch(slug, { title: 'Second', version: 1 });
    expect((await DELETE(write('DELETE', {}), ctx(slug))).status).toBe(200);
    expect(await getEventAtRevision(slug, 1)).toBeNull();
    expect((await GET(read(`/api/events/${slug}?rev=1`), ctx(slug))).status).toBe(404);
    expect((await restoreRoute(write('POST', {}), ctx(slug))).status).toBe(200);
    expect((await getEventAtRevision(slug, 1))?.event.title).toBe(TITLE);
    // The trash revision itself (3) stays uncitable.
    expect(await getEventAtRevision(slug, 3)).toBeNull();
    expect(await getEventAtRevision(slug, 4)).toMatchObject({ revision: 4, currentVersion: 4 });
  });

  test('the current version of a seeded event, which has no revision row yet, is citable', async () => {
    const seeded = await getDb().event.findFirstOrThrow({
      where: { publication: 'published', deletedAt: null },
      select: { slug: true, version: true },
    });
    const at = await getEventAtRevision(seeded.slug, seeded.version);
    expect(at).toMatchObject({ revision: seeded.version, currentVersion: seeded.version });
    expect(await getEventAtRevision(seeded.slug, seeded.version + 1)).toBeNull();
  });
});

describe('/events/[slug]?rev=N (the page)', () => {
  const page = async (slug: string, rev?: string) =>
    renderInLocale(
      await EventPage({
        params: Promise.resolve({ locale: 'en', slug }),
        searchParams: Promise.resolve(rev === undefined ? {} : { rev }),
      }),
    );
  const status = (err: unknown) => String((err as { digest?: string }).digest);

  test('shows an old revision marked as past, linking to the current one; the current one is not', async () => {
    const { slug } = await create();
    await patch(slug, { title: 'Troops confirmed', version: 1 });
    const old = await page(slug, '1');
    expect(old).toContain('Past version.');
    expect(old).toContain(`href="/events/${slug}"`);
    expect(old).toContain('Read the current version (revision 2)');
    expect(old).toContain('Troops &amp; {braces}');
    expect(old).toContain(`/events/${slug}?rev=1`);
    const now = await page(slug);
    expect(now).not.toContain('Past version.');
    expect(now).toContain('Troops confirmed');
    expect(now).toContain('Cite this');
    expect(now).toContain(`http://localhost:3000/events/${slug}?rev=2`);
  });

  test('a draft revision, a missing one and a bad rev are not found', async () => {
    const { slug } = await create('draft');
    await patch(slug, { publication: 'published', version: 1 });
    for (const rev of ['1', '3', 'abc', '0'])
      await expect(page(slug, rev)).rejects.toSatisfy((e) => status(e).includes('404'));
    expect(await page(slug, '2')).toContain('Cite this');
  });
});

async function download(slug: string, query: string) {
  const res = await citationRoute(read(`/api/events/${slug}/citation?${query}`), ctx(slug));
  return { res, body: await res.text() };
}

describe('GET /api/events/[slug]/citation', () => {
  const today = new Date().toISOString().slice(0, 10);

  test('BibTeX of an old revision parses, with its title, revision and permanent link', async () => {
    const { slug } = await create();
    await patch(slug, { title: 'Later title', version: 1 });
    const { res, body } = await download(slug, 'format=bibtex&rev=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-bibtex/);
    expect(res.headers.get('content-disposition')).toContain(`-r1.bib`);
    const entries = bibtexParse.entries(body);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe(`alliance-tracker:${slug}:r1`);
    // The parser keeps LaTeX escapes; undone, they give the title back exactly.
    const unescaped = String(entry.TITLE)
      .replace(/\\textbackslash(?:\{\})?/g, '\\')
      .replace(/\\textasciitilde(?:\{\})?/g, '~')
      .replace(/\\textasciicircum(?:\{\})?/g, '^')
      .replace(/\\([{}#$%&_])/g, '$1');
    expect(unescaped).toBe(TITLE);
    expect(entry.URL).toBe(`http://localhost:3000/events/${slug}?rev=1`);
    expect(String(entry.VERSION)).toBe('1');
    expect(entry.URLDATE).toBe(today);
    expect(String(entry.NOTE)).toContain(`Accessed ${today}`);
  });

  test('RIS of the event and of its sources parses into the same fields', async () => {
    const { slug } = await create();
    const event = await download(slug, 'format=ris');
    const [item] = parseRis(event.body);
    expect(item).toMatchObject({
      title: TITLE,
      'container-title': 'Alliance Tracker',
      URL: `http://localhost:3000/events/${slug}?rev=1`,
      edition: 'Revision 1',
    });
    const sources = await download(slug, 'format=ris&of=sources');
    expect(sources.res.headers.get('content-disposition')).toContain('-sources.ris');
    const parsed = parseRis(sources.body);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({
      title: 'Report on {troops}',
      publisher: 'Test wire & Co',
      URL: `https://example.org/${slug}?a=1&b=2`,
    });
  });

  test('CSL-JSON of the event and its sources is valid against the CSL data schema', async () => {
    const { slug } = await create();
    const validate = new Ajv({ allErrors: true }).compile(
      JSON.parse(readFileSync('tests/fixtures/csl-data.schema.json', 'utf8')),
    );
    for (const of of ['event', 'sources']) {
      const { res, body } = await download(slug, `format=csl-json&of=${of}`);
      expect(res.status).toBe(200);
      const items = JSON.parse(body);
      expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
      expect(items).toHaveLength(1);
    }
    const [event] = JSON.parse((await download(slug, 'format=csl-json')).body);
    expect(event).toMatchObject({
      type: 'webpage',
      title: TITLE,
      version: '1',
      URL: `http://localhost:3000/events/${slug}?rev=1`,
      accessed: { 'date-parts': [today.split('-').map(Number)] },
    });
    const [source] = JSON.parse((await download(slug, 'format=csl-json&of=sources')).body);
    expect(source).toMatchObject({ issued: { 'date-parts': [[2024, 10]] } });
  });

  test('names a bad format, and answers 404 for a draft revision or a draft event', async () => {
    const { slug } = await create('draft');
    const bad = await download(slug, 'format=docx');
    expect(bad.res.status).toBe(400);
    expect(JSON.parse(bad.body).fields).toHaveProperty('format');
    expect((await download(slug, 'format=bibtex')).res.status).toBe(404);
    await patch(slug, { publication: 'published', version: 1 });
    expect((await download(slug, 'format=bibtex&rev=1')).res.status).toBe(404);
    expect((await download(slug, 'format=bibtex&rev=2')).res.status).toBe(200);
  });
});
