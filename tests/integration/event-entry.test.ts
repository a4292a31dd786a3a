import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST as createEventRoute } from '../../app/api/events/route.ts';
import { GET as getEventRoute } from '../../app/api/events/[slug]/route.ts';
import { GET as getSourceRoute } from '../../app/api/sources/[id]/route.ts';
import { POST as importRoute } from '../../app/api/import/route.ts';
import {
  checkEventSlugAction,
  createActorFromPickerAction,
  findSourcesAction,
} from '../../lib/actions/event-entry.ts';
import { ambientHeaders } from '../../lib/auth/session.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

// The event form's fast entry on the server: one date rule for the API and the import,
// the slug check and the source library behind the form, ungraded sources as null.

const PREFIX = 'test-entry-';
let editor: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  editor = await makeUser('editor');
  const db = getDb();
  await db.actor.upsert({
    where: { code: 'KP' },
    create: { code: 'KP', name: 'North Korea', kind: 'state' },
    update: {},
  });
});
afterAll(async () => {
  const db = getDb();
  await db.event.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  await db.source.deleteMany({ where: { url: { startsWith: 'https://example.org/entry/' } } });
  await db.actor.deleteMany({ where: { code: { startsWith: 'TEST_ENTRY' } } });
  await cleanupTestUsers();
  await db.$disconnect();
});

const post = (body: unknown) =>
  createEventRoute(
    new Request('http://x/api/events', {
      method: 'POST',
      headers: { ...editor.bearer, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    {},
  );
const read = async (slug: string) =>
  (
    await getEventRoute(new Request(`http://x/api/events/${slug}`, { headers: editor.bearer }), {
      params: Promise.resolve({ slug }),
    })
  ).json();
const asEditor = <T>(fn: () => Promise<T>) => ambientHeaders.run(new Headers(editor.bearer), fn);
const refusal = (status: number) => ({ digest: `NEXT_HTTP_ERROR_FALLBACK;${status}` });

describe('the event date rule through the API', () => {
  test('2024-11 is stored as November 2024 with month precision', async () => {
    const res = await post({ slug: `${PREFIX}month`, title: 'Month event', date: '2024-11' });
    expect(res.status).toBe(201);
    expect(await read(`${PREFIX}month`)).toMatchObject({
      date: '2024-11-01',
      endDate: null,
      datePrecision: 'month',
    });
  });

  test('2024 to 2025 runs to the last day of 2025, with year precision', async () => {
    expect(
      (await post({ slug: `${PREFIX}years`, title: 'Years', date: '2024', endDate: '2025' }))
        .status,
    ).toBe(201);
    expect(await read(`${PREFIX}years`)).toMatchObject({
      date: '2024-01-01',
      endDate: '2025-12-31',
      datePrecision: 'year',
    });
  });

  test.each([
    [{ date: '2024-13' }, 'date', 'Date 2024-13 has no month 13: months run from 01 to 12'],
    [{ date: '2024-11-20', endDate: '2024-11-02' }, 'endDate', 'End date is before start date'],
    [
      { date: '2024-11', endDate: '2024-12-03' },
      'endDate',
      'End date must be written like the start date (YYYY-MM)',
    ],
  ])('refuses %o with 422 naming %s', async (dates, field, message) => {
    const res = await post({ slug: `${PREFIX}bad`, title: 'Bad', ...dates });
    expect(res.status).toBe(422);
    expect((await res.json()).fields).toEqual({ [field]: message });
  });
});

describe('the event date rule through the import', () => {
  const importCsv = (csv: string) =>
    importRoute(
      new Request('http://x/api/import?mode=apply', {
        method: 'POST',
        headers: { ...editor.bearer, 'content-type': 'text/csv' },
        body: csv,
      }),
      {},
    );

  test('a CSV row dated 2024-11 (with or without datePrecision) gets month precision', async () => {
    const res = await importCsv(
      [
        'slug,title,date,datePrecision,actors',
        `${PREFIX}csv-month,Imported month,2024-11,month,KP`,
        `${PREFIX}csv-bare,Imported bare month,2024-10,,KP`,
      ].join('\n'),
    );
    expect(res.status).toBe(201);
    expect(await read(`${PREFIX}csv-month`)).toMatchObject({
      date: '2024-11-01',
      datePrecision: 'month',
    });
    expect(await read(`${PREFIX}csv-bare`)).toMatchObject({
      date: '2024-10-01',
      datePrecision: 'month',
    });
  });

  test('a CSV row whose precision contradicts its date is refused, naming the field', async () => {
    const res = await importCsv(
      ['slug,title,date,datePrecision', `${PREFIX}csv-clash,Clash,2024-11,day`].join('\n'),
    );
    expect(res.status).toBe(422);
    const row = (await res.json()).rows[0];
    expect(row.errors).toEqual({
      datePrecision:
        'Date precision day does not match the date 2024-11, which is known to the month',
    });
  });
});

describe('grades are a decision', () => {
  test('a source cited without grades is not graded: null in the event and in the source', async () => {
    const url = 'https://example.org/entry/ungraded';
    const res = await post({
      slug: `${PREFIX}ungraded`,
      title: 'Ungraded',
      date: '2024-11-20',
      sources: [{ publisher: 'Wire', title: 'Report', url }],
    });
    expect(res.status).toBe(201);
    const event = await read(`${PREFIX}ungraded`);
    expect(event.sources[0]).toMatchObject({ url, reliability: null, credibility: null });
    const { id } = await getDb().source.findFirstOrThrow({ where: { url } });
    const source = await (
      await getSourceRoute(new Request(`http://x/api/sources/${id}`, { headers: editor.bearer }), {
        params: Promise.resolve({ id: String(id) }),
      })
    ).json();
    expect(source.reliability).toBeNull();
  });

  test('citing a graded source without a grade keeps its grade', async () => {
    const url = 'https://example.org/entry/graded';
    await post({
      slug: `${PREFIX}graded-1`,
      title: 'Graded',
      date: '2024-11-20',
      sources: [{ publisher: 'Wire', title: 'Graded report', url, reliability: 'B' }],
    });
    await post({
      slug: `${PREFIX}graded-2`,
      title: 'Cites it again',
      date: '2024-11-21',
      sources: [{ publisher: 'Wire', title: 'Graded report', url }],
    });
    expect((await read(`${PREFIX}graded-2`)).sources[0].reliability).toBe('B');
    expect(await getDb().source.count({ where: { url } })).toBe(1);
  });
});

describe('the event form’s lookups', () => {
  test('the slug check refuses anonymous callers (401) and cross-site sessions (403)', async () => {
    await expect(checkEventSlugAction('a', '')).rejects.toMatchObject(refusal(401));
    const crossSite = new Headers({
      ...editor.cookie,
      'next-action': 'x',
      origin: 'http://evil.example',
    });
    await expect(
      ambientHeaders.run(crossSite, () => checkEventSlugAction('a', '')),
    ).rejects.toMatchObject(refusal(403));
  });

  test('the slug check says available, taken or malformed', async () => {
    await post({ slug: `${PREFIX}taken`, title: 'Taken', date: '2024' });
    expect(await asEditor(() => checkEventSlugAction(`${PREFIX}free`, ''))).toMatchObject({
      state: 'available',
    });
    expect(await asEditor(() => checkEventSlugAction(`${PREFIX}taken`, ''))).toEqual({
      state: 'taken',
      message: `“${PREFIX}taken” is taken by another event`,
    });
    // An event keeps its own slug.
    expect(
      await asEditor(() => checkEventSlugAction(`${PREFIX}taken`, `${PREFIX}taken`)),
    ).toMatchObject({ state: 'available' });
    expect(await asEditor(() => checkEventSlugAction('Not A Slug', ''))).toMatchObject({
      state: 'invalid',
    });
  });

  test('the source library finds a source by URL or title, with how many events cite it', async () => {
    const url = 'https://example.org/entry/library';
    for (const n of [1, 2])
      await post({
        slug: `${PREFIX}library-${n}`,
        title: `Library ${n}`,
        date: '2024-11-20',
        sources: [{ publisher: 'Library Wire', title: 'Shelved report', url, reliability: 'C' }],
      });
    for (const q of ['entry/library', 'shelved REPORT']) {
      const found = await asEditor(() => findSourcesAction(q));
      expect(found[0]).toMatchObject({ url, title: 'Shelved report', reliability: 'C', events: 2 });
    }
    expect(await findSourcesAction('x').catch((e) => e)).toMatchObject(refusal(401));
  });

  test('an actor made from the picker is a record with its revision; a taken code is named', async () => {
    const made = await asEditor(() =>
      createActorFromPickerAction({ code: 'TEST_ENTRY_1', name: 'Entry Person', kind: 'person' }),
    );
    expect(made).toEqual({
      actor: { code: 'TEST_ENTRY_1', name: 'Entry Person', kind: 'person' },
    });
    const actor = await getDb().actor.findUniqueOrThrow({ where: { code: 'TEST_ENTRY_1' } });
    expect(
      await getDb().revision.count({ where: { entityType: 'actor', entityId: actor.id } }),
    ).toBe(1);
    const again = await asEditor(() =>
      createActorFromPickerAction({ code: 'TEST_ENTRY_1', name: 'Twin', kind: 'person' }),
    );
    expect(again).toMatchObject({ fieldErrors: { code: expect.any(String) } });
    const bad = await asEditor(() =>
      createActorFromPickerAction({ code: '1x', name: '', kind: 'planet' }),
    );
    expect(Object.keys((bad as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      'code',
      'kind',
      'name',
    ]);
  });
});
