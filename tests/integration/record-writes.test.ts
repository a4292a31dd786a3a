import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as actorItem from '../../app/api/actors/[code]/route.ts';
import * as actorRestore from '../../app/api/actors/[code]/restore/route.ts';
import * as actorCollection from '../../app/api/actors/route.ts';
import { GET as getEventRoute, PATCH as patchEvent } from '../../app/api/events/[slug]/route.ts';
import { POST as createEventRoute } from '../../app/api/events/route.ts';
import * as quoteItem from '../../app/api/quotes/[id]/route.ts';
import * as quoteRestore from '../../app/api/quotes/[id]/restore/route.ts';
import * as quoteCollection from '../../app/api/quotes/route.ts';
import * as sourceItem from '../../app/api/sources/[id]/route.ts';
import * as sourceRestore from '../../app/api/sources/[id]/restore/route.ts';
import * as sourceCollection from '../../app/api/sources/route.ts';
import * as tagItem from '../../app/api/tags/[slug]/route.ts';
import * as tagRestore from '../../app/api/tags/[slug]/restore/route.ts';
import * as tagCollection from '../../app/api/tags/route.ts';
import * as tradeItem from '../../app/api/trade/observations/[id]/route.ts';
import * as tradeRestore from '../../app/api/trade/observations/[id]/restore/route.ts';
import * as tradeCollection from '../../app/api/trade/observations/route.ts';
import { revertQuoteAction } from '../../lib/actions/quotes.ts';
import { saveSourceAction } from '../../lib/actions/sources.ts';
import { ambientHeaders } from '../../lib/auth/session.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { listRecordRevisions } from '../../lib/db/versioned/history.ts';
import {
  createRecord,
  getRecord,
  revertRecord,
  setRecordTrashed,
  updateRecord,
} from '../../lib/db/versioned/writes.ts';
import { listRecordsForEditor, RECORD_SPECS } from '../../lib/db/versioned/specs.ts';
import { listTradeSeries } from '../../lib/db/trade/series.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import type { RecordKind } from '../../lib/records/kinds.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

type Route = (
  request: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;

let editor: Awaited<ReturnType<typeof makeUser>>;
let sourceId: number;
const stamp = Date.now().toString(36);

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');
  sourceId = (
    await getDb().source.create({ data: { publisher: 'Record test wire', title: `Base ${stamp}` } })
  ).id;
});
afterAll(async () => {
  const db = getDb();
  await db.event.deleteMany({ where: { slug: { startsWith: `rec-${stamp}` } } });
  await db.tradeObservation.deleteMany({ where: { compiler: { startsWith: 'Record test' } } });
  await db.quote.deleteMany({ where: { speaker: { startsWith: 'Record test' } } });
  await db.source.deleteMany({ where: { publisher: 'Record test wire' } });
  await db.tag.deleteMany({ where: { slug: { startsWith: `rec-${stamp}` } } });
  await db.actor.deleteMany({ where: { code: { startsWith: 'RECT' } } });
  await cleanupTestUsers();
  await db.$disconnect();
});

const call = (
  route: Route,
  method: string,
  params: Record<string, string>,
  body?: unknown,
  headers: Record<string, string> = editor.bearer,
) =>
  route(
    new Request('http://x/api/records', {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );

interface Case {
  kind: RecordKind;
  param: string;
  collection: { POST: Route };
  item: { GET: Route; PATCH: Route; DELETE: Route };
  restore: { POST: Route };
  body: () => Record<string, unknown>;
  change: Record<string, unknown>;
  bad: [Record<string, unknown>, string];
}

const CASES: Case[] = [
  {
    kind: 'source',
    param: 'id',
    collection: sourceCollection,
    item: sourceItem,
    restore: sourceRestore,
    body: () => ({
      publisher: 'Record test wire',
      title: `Source ${stamp}`,
      url: 'https://example.org/rec',
      publishedAt: '2024-10',
      reliability: 'C',
    }),
    change: { reliability: 'A' },
    bad: [{ url: 'javascript:alert(1)' }, 'url'],
  },
  {
    kind: 'quote',
    param: 'id',
    collection: quoteCollection,
    item: quoteItem,
    restore: quoteRestore,
    body: () => ({
      speaker: 'Record test speaker',
      text: 'We stand together.',
      language: 'en',
      sources: [sourceId],
      speakerActor: 'KP',
    }),
    change: { venue: 'Pyongyang' },
    bad: [{ sources: [999999999] }, 'sources'],
  },
  {
    kind: 'actor',
    param: 'code',
    collection: actorCollection,
    item: actorItem,
    restore: actorRestore,
    body: () => ({ code: 'RECTA', name: 'Record test state', kind: 'state', color: '#112233' }),
    change: { name: 'Record test republic' },
    bad: [{ color: 'red' }, 'color'],
  },
  {
    kind: 'tag',
    param: 'slug',
    collection: tagCollection,
    item: tagItem,
    restore: tagRestore,
    body: () => ({ slug: `rec-${stamp}-tag`, name: 'Record test tag' }),
    change: { name: 'Renamed tag' },
    bad: [{ slug: 'Not A Slug' }, 'slug'],
  },
  {
    kind: 'trade',
    param: 'id',
    collection: tradeCollection,
    item: tradeItem,
    restore: tradeRestore,
    body: () => ({
      reporter: 'KP',
      partner: 'RU',
      year: 1999,
      flow: 'export',
      valueUsd: 1234,
      compiler: 'Record test customs',
      source: sourceId,
    }),
    change: { valueUsd: 5678 },
    bad: [{ valueUsd: -1 }, 'valueUsd'],
  },
];

const keys = new Map<RecordKind, string>();

describe.each(CASES)('$kind records', (c) => {
  const spec = RECORD_SPECS[c.kind];
  const params = () => ({ [c.param]: keys.get(c.kind)! });

  test('POST creates the record with its first revision', async () => {
    const res = await call(c.collection.POST, 'POST', {}, c.body());
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created.version).toBe(1);
    keys.set(c.kind, spec.keyOf(created));
    expect((await listRecordRevisions(spec, keys.get(c.kind)!))!.map((r) => r.action)).toEqual([
      'create',
    ]);
  });

  test('bad input is a 422 naming the field, and nothing changes', async () => {
    const before = await (await call(c.item.GET, 'GET', params())).json();
    const res = await call(c.item.PATCH, 'PATCH', params(), { ...c.bad[0], version: 1 });
    expect(res.status).toBe(422);
    expect(Object.keys((await res.json()).fields)).toContain(c.bad[1]);
    expect(await (await call(c.item.GET, 'GET', params())).json()).toEqual(before);
  });

  test('PATCH from the current version saves; a stale version gets 409 with the current record and changes nothing', async () => {
    const ok = await call(c.item.PATCH, 'PATCH', params(), { ...c.change, version: 1 });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ...c.change, version: 2 });
    const stale = await call(c.item.PATCH, 'PATCH', params(), { ...c.body(), version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).current).toMatchObject({ ...c.change, version: 2 });
    expect(await (await call(c.item.GET, 'GET', params())).json()).toMatchObject({
      ...c.change,
      version: 2,
    });
  });

  test('revert brings back version 1 as a new revision, with the diff in the history', async () => {
    const reverted = await revertRecord(spec, keys.get(c.kind)!, 1, editor.user.id);
    expect(reverted.version).toBe(3);
    const [latest, update] = (await listRecordRevisions(spec, keys.get(c.kind)!))!;
    expect(latest).toMatchObject({ version: 3, action: 'revert', author: editor.user.name });
    const field = Object.keys(c.change)[0];
    expect(latest.changes.map((ch) => ch.field)).toEqual([field]);
    expect(update.changes[0]).toMatchObject({ field, after: String(c.change[field]) });
  });

  test('DELETE trashes (hidden from the public GET); restore brings it back; each a revision', async () => {
    expect((await call(c.item.DELETE, 'DELETE', params())).status).toBe(200);
    expect((await call(c.item.GET, 'GET', params())).status).toBe(404);
    expect((await call(c.item.PATCH, 'PATCH', params(), { version: 4 })).status).toBe(404);
    expect((await call(c.restore.POST, 'POST', params())).status).toBe(200);
    expect((await call(c.item.GET, 'GET', params())).status).toBe(200);
    expect(
      (await listRecordRevisions(spec, keys.get(c.kind)!))!.slice(0, 2).map((r) => r.action),
    ).toEqual(['restore', 'trash']);
  });

  test('readers and bogus tokens cannot write', async () => {
    expect((await call(c.collection.POST, 'POST', {}, c.body(), {})).status).toBe(401);
    expect((await call(c.item.DELETE, 'DELETE', params(), undefined, {})).status).toBe(401);
  });
});

describe('record rules', () => {
  test('a duplicate trade observation is a 409 naming the field, not a 500', async () => {
    const body = {
      reporter: 'KP',
      partner: 'RU',
      year: 1998,
      flow: 'total',
      valueUsd: 1,
      compiler: 'Record test customs',
      source: sourceId,
    };
    expect((await call(tradeCollection.POST, 'POST', {}, body)).status).toBe(201);
    const again = await call(tradeCollection.POST, 'POST', {}, { ...body, valueUsd: 2 });
    expect(again.status).toBe(409);
    expect(Object.keys((await again.json()).fields)).toContain('source');
    expect(
      await getDb().tradeObservation.count({
        where: { year: 1998, compiler: 'Record test customs' },
      }),
    ).toBe(1);
  });

  test('a duplicate actor code or tag slug is a 409 naming the field', async () => {
    const actor = await call(
      actorCollection.POST,
      'POST',
      {},
      { code: 'KP', name: 'Again', kind: 'state' },
    );
    expect(actor.status).toBe(409);
    expect((await actor.json()).fields).toHaveProperty('code');
    const tag = await call(tagCollection.POST, 'POST', {}, { slug: 'military', name: 'Again' });
    expect(tag.status).toBe(409);
  });

  test('the first edit of a seeded record keeps its seeded state as version 1, so the diff names only what changed', async () => {
    const tag = await getDb().tag.findUniqueOrThrow({ where: { slug: 'military' } });
    const res = await call(
      tagItem.PATCH,
      'PATCH',
      { slug: 'military' },
      { name: 'Military affairs', version: tag.version },
    );
    expect(res.status).toBe(200);
    const [update, baseline] = (await listRecordRevisions(RECORD_SPECS.tag, 'military'))!;
    expect(baseline).toMatchObject({ version: tag.version, action: 'create', author: null });
    expect(update.changes).toEqual([
      { field: 'name', before: tag.name, after: 'Military affairs' },
    ]);
    await revertRecord(RECORD_SPECS.tag, 'military', tag.version, editor.user.id);
    expect((await getDb().tag.findUniqueOrThrow({ where: { slug: 'military' } })).name).toBe(
      tag.name,
    );
  });

  test('an actor in use cannot be trashed, and says why', async () => {
    const res = await call(actorItem.DELETE, 'DELETE', { code: 'KP' });
    expect(res.status).toBe(409);
    expect((await res.json()).message).toMatch(/still used by \d+ events/);
    expect(await getDb().actor.findUniqueOrThrow({ where: { code: 'KP' } })).toMatchObject({
      deletedAt: null,
    });
  });

  test('trashed trade observations leave the series and come back on restore', async () => {
    const id = keys.get('trade')!;
    const has = async () =>
      (await listTradeSeries(['KP-RU'], 1999, 1999)).series[0].observations.some(
        (o) => o.compiler === 'Record test customs' && o.year === 1999,
      );
    expect(await has()).toBe(true);
    expect((await call(tradeItem.DELETE, 'DELETE', { id })).status).toBe(200);
    expect(await has()).toBe(false);
    expect((await call(tradeRestore.POST, 'POST', { id })).status).toBe(200);
    expect(await has()).toBe(true);
  });

  test('a trashed actor leaves /api/actors and comes back on restore', async () => {
    const codes = async () =>
      (
        await (
          await actorCollection.GET(new Request('http://x/api/actors'), {
            params: Promise.resolve({}),
          })
        ).json()
      ).items.map((a: { code: string }) => a.code);
    expect(await codes()).toContain('RECTA');
    expect((await call(actorItem.DELETE, 'DELETE', { code: 'RECTA' })).status).toBe(200);
    expect(await codes()).not.toContain('RECTA');
    expect((await call(actorRestore.POST, 'POST', { code: 'RECTA' })).status).toBe(200);
    expect(await codes()).toContain('RECTA');
  });
});

describe('records on the public event', () => {
  const slug = `rec-${stamp}-event`;
  const read = async () =>
    (
      await getEventRoute(new Request(`http://x/api/events/${slug}`), {
        params: Promise.resolve({ slug }),
      })
    ).json();

  beforeAll(async () => {
    const res = await createEventRoute(
      new Request('http://x/api/events', {
        method: 'POST',
        headers: { ...editor.bearer, 'content-type': 'application/json' },
        body: JSON.stringify({
          slug,
          title: 'Record test event',
          date: '2024-05-01',
          publication: 'published',
          tags: [`rec-${stamp}-public`],
          sources: [
            {
              publisher: 'Record test wire',
              title: 'First',
              url: `https://example.org/${slug}/1`,
              reliability: 'B',
            },
            {
              publisher: 'Record test wire',
              title: 'Second',
              url: `https://example.org/${slug}/2`,
              reliability: 'C',
            },
          ],
          quotes: [
            { speaker: 'Record test minister', text: 'A quote from the second source.', source: 2 },
          ],
        }),
      }),
      {},
    );
    expect(res.status).toBe(201);
  });

  test('a quote added with the event cites the source chosen for it, and has its own revision', async () => {
    const event = await read();
    expect(event.quotes[0].sources.map((s: { title: string }) => s.title)).toEqual(['Second']);
    const quote = await getDb().quote.findFirstOrThrow({
      where: { speaker: 'Record test minister' },
    });
    expect(
      (await listRecordRevisions(RECORD_SPECS.quote, String(quote.id)))!.map((r) => r.action),
    ).toEqual(['create']);
  });

  test('a changed grade of a shared source, saved through the event, leaves a revision of the source', async () => {
    const event = await read();
    const sources = event.sources.map((s: Record<string, unknown>) => ({
      ...s,
      reliability: s.title === 'First' ? 'A' : s.reliability,
    }));
    const res = await patchEvent(
      new Request(`http://x/api/events/${slug}`, {
        method: 'PATCH',
        headers: { ...editor.bearer, 'content-type': 'application/json' },
        body: JSON.stringify({ sources, version: event.version }),
      }),
      { params: Promise.resolve({ slug }) },
    );
    expect(res.status).toBe(200);
    const source = await getDb().source.findFirstOrThrow({
      where: { url: `https://example.org/${slug}/1` },
    });
    const [latest] = (await listRecordRevisions(RECORD_SPECS.source, String(source.id)))!;
    expect(latest).toMatchObject({ action: 'update', author: editor.user.name });
    expect(latest.changes).toEqual([{ field: 'reliability', before: 'B', after: 'A' }]);
    expect((await read()).quotes[0].sources.map((s: { title: string }) => s.title)).toEqual([
      'Second',
    ]);
  });

  test('a trashed source and tag leave the event; restore brings them back', async () => {
    const source = await getDb().source.findFirstOrThrow({
      where: { url: `https://example.org/${slug}/2` },
    });
    const id = String(source.id);
    const tag = `rec-${stamp}-public`;
    expect((await call(sourceItem.DELETE, 'DELETE', { id })).status).toBe(200);
    expect((await call(tagItem.DELETE, 'DELETE', { slug: tag })).status).toBe(200);
    let event = await read();
    expect(event.sources.map((s: { title: string }) => s.title)).toEqual(['First']);
    expect(event.quotes[0].sources).toEqual([]);
    expect(event.tags).toEqual([]);
    const tags = await (
      await tagCollection.GET(new Request('http://x/api/tags'), { params: Promise.resolve({}) })
    ).json();
    expect(tags.items.map((t: { slug: string }) => t.slug)).not.toContain(tag);
    expect((await call(sourceRestore.POST, 'POST', { id })).status).toBe(200);
    expect((await call(tagRestore.POST, 'POST', { slug: tag })).status).toBe(200);
    event = await read();
    expect(event.sources.map((s: { title: string }) => s.title)).toEqual(['First', 'Second']);
    expect(event.quotes[0].sources.map((s: { title: string }) => s.title)).toEqual(['Second']);
    expect(event.tags).toEqual([tag]);
  });

  test('a trashed quote leaves the event and comes back on restore', async () => {
    const quote = await getDb().quote.findFirstOrThrow({
      where: { speaker: 'Record test minister' },
    });
    expect((await call(quoteItem.DELETE, 'DELETE', { id: String(quote.id) })).status).toBe(200);
    expect((await read()).quotes).toEqual([]);
    expect((await call(quoteRestore.POST, 'POST', { id: String(quote.id) })).status).toBe(200);
    expect((await read()).quotes).toHaveLength(1);
  });
});

/** A record written through the one write path, by the test editor. */
async function createRecordFor(kind: RecordKind, input: Record<string, unknown>) {
  const spec = RECORD_SPECS[kind];
  return createRecord(spec, spec.schema.parse(input), editor.user.id);
}

describe('record editor forms and lists', () => {
  const form = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(values)) data.set(k, v);
    return data;
  };
  const asEditor = <T>(fn: () => Promise<T>) => ambientHeaders.run(new Headers(editor.bearer), fn);

  test('a stale save from the form writes nothing and returns both versions for a merge by hand', async () => {
    const key = keys.get('source')!;
    const current = (await getRecord(RECORD_SPECS.source, key, { canSeeDrafts: true }))!;
    const mine = {
      key,
      version: String(current.version - 1),
      publisher: 'Record test wire',
      title: 'My title',
      reliability: 'E',
    };
    const state = await asEditor(() => saveSourceAction({ values: {} }, form(mine)));
    expect(state.conflict).toMatchObject({
      version: current.version,
      theirs: { title: current.title, reliability: current.reliability },
    });
    expect(state.conflict!.fields).toEqual(expect.arrayContaining(['title', 'reliability']));
    expect(state.values).toMatchObject({ title: 'My title', version: String(current.version) });
    expect(await getRecord(RECORD_SPECS.source, key, { canSeeDrafts: true })).toEqual(current);
  });

  test('a quote revert blocked by a since-trashed source says why in the notice, and changes nothing', async () => {
    const source = (url: string) =>
      createRecordFor('source', {
        publisher: 'Record test wire',
        title: url,
        url,
        reliability: 'C',
      });
    const first = await source('https://example.org/record-test-revert-1');
    const second = await source('https://example.org/record-test-revert-2');
    const quote = await createRecordFor('quote', {
      speaker: 'Record test speaker',
      text: 'Reverted words.',
      language: 'en',
      sources: [first.id],
    });
    const key = String(quote.id);
    const input = { ...RECORD_SPECS.quote.toInput(quote), sources: [second.id] };
    await updateRecord(RECORD_SPECS.quote, key, input, quote.version, editor.user.id);
    await setRecordTrashed(RECORD_SPECS.source, String(first.id), true, editor.user.id);
    const redirected = await asEditor(() => revertQuoteAction(key, 1, new FormData())).catch(
      (err: { digest?: string }) => err.digest ?? '',
    );
    const notice = new URL(String(redirected).split(';')[2], 'http://x').searchParams.get('notice');
    expect(notice).toBe(`No source numbered ${first.id} (or it is in the trash)`);
    expect((await getRecord(RECORD_SPECS.quote, key, { canSeeDrafts: true }))!.version).toBe(2);
  });

  test('a bad field comes back beside its field, with what was typed kept', async () => {
    const state = await asEditor(() =>
      saveSourceAction(
        { values: {} },
        form({
          publisher: 'Record test wire',
          title: 'Typed',
          url: 'ftp://x.org',
          reliability: 'B',
        }),
      ),
    );
    expect(state.fieldErrors).toEqual({ url: 'URL must start with http:// or https://' });
    expect(state.values).toMatchObject({ title: 'Typed', url: 'ftp://x.org' });
  });

  test('the editor list searches, filters by its column and shows the trash apart', async () => {
    const key = keys.get('source')!;
    const match = await listRecordsForEditor('source', {
      q: 'record test WIRE',
      filter: 'C',
      trashed: false,
      page: 1,
    });
    expect(match.rows.map((r) => r.key)).toContain(key);
    expect(
      (
        await listRecordsForEditor('source', {
          q: 'record test wire',
          filter: 'F',
          trashed: false,
          page: 1,
        })
      ).rows.map((r) => r.key),
    ).not.toContain(key);
    expect(
      (
        await listRecordsForEditor('source', { q: 'record test wire', trashed: true, page: 1 })
      ).rows.map((r) => r.key),
    ).not.toContain(key);
    const all = await listRecordsForEditor('actor', { trashed: false, page: 1 });
    expect(all.pages).toBe(Math.ceil(all.total / 50));
  });
});
