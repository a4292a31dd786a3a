import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as healthGet } from '../../app/api/health/route.ts';
import { GET as quoteGet } from '../../app/api/quotes/[id]/route.ts';
import { GET as sourceGet } from '../../app/api/sources/[id]/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { QUOTE_SPEC, SOURCE_SPEC } from '../../lib/db/versioned/specs.ts';
import { createRecord } from '../../lib/db/versioned/writes.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';
import { cleanupTestRecords, makeEvent } from '../helpers/factories.ts';

// Readers see a quote only when it stands alone or belongs to a published, untrashed event,
// and a source only when something they may see cites it; anything else answers exactly
// like a missing id. Editors read everything, privately.

type Route = (request: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;

const SPEAKER = 'Visibility test speaker';
const MISSING = '2000000000';

let editor: Awaited<ReturnType<typeof makeUser>>;
const hidden = { quotes: [] as number[], sources: [] as number[] };
const shown = { quotes: [] as number[], sources: [] as number[] };

/** A new source only `make` will cite (the cleanup removes every "Test wire" source). */
const newSource = async (title: string) =>
  (
    await createRecord(
      SOURCE_SPEC,
      SOURCE_SPEC.schema.parse({ publisher: 'Test wire', title, reliability: 'C' }),
      null,
    )
  ).id;

const newQuote = async (text: string, sources: number[], event?: string) =>
  (
    await createRecord(
      QUOTE_SPEC,
      QUOTE_SPEC.schema.parse({ speaker: SPEAKER, text, language: 'en', sources, event }),
      null,
    )
  ).id;

const sourceOf = async (eventId: number) =>
  (await getDb().eventSource.findFirstOrThrow({ where: { eventId } })).sourceId;

const get = (route: Route, id: number | string, headers: Record<string, string> = {}) =>
  route(new Request(`http://x/api/records/${id}`, { headers }), {
    params: Promise.resolve({ id: String(id) }),
  });

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');

  // A draft event with its own source and a quote citing a new source.
  const draft = await makeEvent({ publication: 'draft' });
  hidden.sources.push(await sourceOf(draft.id));
  const draftQuoteSource = await newSource('Draft quote source');
  hidden.sources.push(draftQuoteSource);
  hidden.quotes.push(await newQuote('Said at a draft.', [draftQuoteSource], draft.slug));

  // A published event with a quote, then trashed.
  const trashed = await makeEvent();
  hidden.sources.push(await sourceOf(trashed.id));
  const trashedQuoteSource = await newSource('Trashed event quote source');
  hidden.sources.push(trashedQuoteSource);
  hidden.quotes.push(
    await newQuote('Said at a trashed event.', [trashedQuoteSource], trashed.slug),
  );
  await getDb().event.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });

  // A quote written on its own, naming the draft.
  const standaloneSource = await newSource('Standalone draft quote source');
  hidden.sources.push(standaloneSource);
  hidden.quotes.push(await newQuote('Pointing at a draft.', [standaloneSource], draft.slug));

  // A source nothing cites.
  hidden.sources.push(await newSource('Uncited source'));

  // Public: a published event's source and quote, and a quote of no event with its source.
  const published = await makeEvent();
  shown.sources.push(await sourceOf(published.id));
  const publishedQuoteSource = await newSource('Published quote source');
  shown.sources.push(publishedQuoteSource);
  shown.quotes.push(await newQuote('Said in public.', [publishedQuoteSource], published.slug));
  const aloneSource = await newSource('Eventless quote source');
  shown.sources.push(aloneSource);
  shown.quotes.push(await newQuote('Said on no occasion.', [aloneSource]));
});

afterAll(async () => {
  const db = getDb();
  await db.quote.deleteMany({ where: { speaker: SPEAKER } });
  await cleanupTestRecords();
  await cleanupTestUsers();
  await db.$disconnect();
});

const cases = [
  { kind: 'quotes', route: quoteGet as Route, ids: () => hidden.quotes, pub: () => shown.quotes },
  {
    kind: 'sources',
    route: sourceGet as Route,
    ids: () => hidden.sources,
    pub: () => shown.sources,
  },
] as const;

describe.each(cases)('GET /api/$kind/[id]', ({ route, ids, pub }) => {
  test('answers readers 404 for one of a draft, a trashed event or nothing public, like a missing id', async () => {
    const missing = await get(route, MISSING);
    expect(missing.status).toBe(404);
    const missingBody = await missing.text();
    const missingHeaders = [...missing.headers.entries()];
    for (const id of ids()) {
      const res = await get(route, id);
      expect(res.status, `id ${id}`).toBe(404);
      expect(await res.text()).toBe(missingBody);
      expect([...res.headers.entries()]).toEqual(missingHeaders);
    }
  });

  test('answers readers 200 with an ETag for what public events and standalone quotes cite', async () => {
    for (const id of pub()) {
      const res = await get(route, id);
      expect(res.status, `id ${id}`).toBe(200);
      expect((await res.json()).id).toBe(id);
      expect(res.headers.get('etag')).toBeTruthy();
    }
  });

  test('answers editors (token or session) every record, privately and without an ETag', async () => {
    for (const headers of [editor.bearer, editor.cookie]) {
      for (const id of [...ids(), ...pub()]) {
        const res = await get(route, id, headers);
        expect(res.status, `id ${id}`).toBe(200);
        expect((await res.json()).id).toBe(id);
        expect(res.headers.get('cache-control')).toBe('private, no-store');
        expect(res.headers.get('etag')).toBeNull();
      }
      expect((await get(route, MISSING, headers)).status).toBe(404);
    }
  });
});

describe('GET /api/health counts', () => {
  const counts = async () => (await (await healthGet()).json()).counts;

  test('leave out the quotes and sources of drafts and trashed events until published', async () => {
    const before = await counts();
    const event = await makeEvent({ publication: 'draft' });
    const quoteSource = await newSource('Health quote source');
    await newQuote('Counted only when published.', [quoteSource], event.slug);
    await newSource('Health uncited source');
    expect(await counts()).toMatchObject({ sources: before.sources, quotes: before.quotes });

    await getDb().event.update({ where: { id: event.id }, data: { publication: 'published' } });
    expect(await counts()).toMatchObject({
      sources: before.sources + 2,
      quotes: before.quotes + 1,
    });

    await getDb().event.update({ where: { id: event.id }, data: { deletedAt: new Date() } });
    expect(await counts()).toMatchObject({ sources: before.sources, quotes: before.quotes });
  });
});
