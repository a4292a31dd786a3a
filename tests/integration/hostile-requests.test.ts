import Papa from 'papaparse';
import { renderInLocale } from '../helpers/render.tsx';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as allianceExport } from '../../app/api/alliances/[file]/route.ts';
import { GET as chartExport } from '../../app/api/charts/[file]/route.ts';
import { GET as listEvents, POST as postEvents } from '../../app/api/events/route.ts';
import { GET as exportCsv } from '../../app/api/events/export.csv/route.ts';
import { GET as exportJson } from '../../app/api/events/export.json/route.ts';
import { GET as health } from '../../app/api/health/route.ts';
import { POST as importEvents } from '../../app/api/import/route.ts';
import { POST as createQuote } from '../../app/api/quotes/route.ts';
import { GET as getSource, PATCH as patchSource } from '../../app/api/sources/[id]/route.ts';
import { GET as timeline } from '../../app/api/timeline/route.ts';
import { POST as createTradeObservation } from '../../app/api/trade/observations/route.ts';
import { GET as feed } from '../../app/feed.xml/route.ts';
import { revokeTokenAction } from '../../lib/actions/tokens.ts';
import { setUserRoleAction } from '../../lib/actions/users.ts';
import { shortActorName } from '../../lib/actors/short-name.ts';
import { ambientHeaders } from '../../lib/auth/session.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { listApiTokens } from '../../lib/db/accounts/tokens.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';
import { cleanupTestRecords, makeEvent } from '../helpers/factories.ts';

// Requests an attacker sent a fresh `npm start` (issue 13): each must get a 4xx naming the
// problem, never a 500 or a cut-off stream, and must write nothing. Path-level ones (%FF,
// a NUL in a path segment, TRACE) only show through the server: tests/e2e/hostile-paths.spec.ts.

type Route = (request: Request, context: never) => Promise<Response>;
const call = (route: Route, path: string, init: RequestInit = {}, params: object = {}) =>
  route(new Request(`http://x${path}`, init), { params: Promise.resolve(params) } as never);

let editor: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');
});
afterAll(async () => {
  await cleanupTestRecords();
  await getDb().event.deleteMany({ where: { slug: { startsWith: 'test-hostile-req-' } } });
  await getDb().actor.deleteMany({ where: { code: 'TEST_EVIL' } });
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const counts = async () => [
  await getDb().event.count(),
  await getDb().source.count(),
  await getDb().quote.count(),
  await getDb().tradeObservation.count(),
  await getDb().revision.count(),
];

describe('a NUL character in a query parameter', () => {
  test.each([
    ['GET /api/events', listEvents, '/api/events?q=a%00b'],
    ['GET /api/timeline', timeline, '/api/timeline?q=a%00b'],
    ['GET /feed.xml', feed, '/feed.xml?q=a%00b'],
    ['GET /api/events/export.csv', exportCsv, '/api/events/export.csv?q=a%00b'],
    ['GET /api/events/export.json', exportJson, '/api/events/export.json?q=a%00b'],
    ['GET /api/events (any parameter)', listEvents, '/api/events?utm=%00'],
  ])('%s answers 400 naming the parameter, before any stream starts', async (_l, route, path) => {
    const res = await call(route as Route, path);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = await res.json();
    const name = new URL(`http://x${path}`).searchParams.keys().next().value!;
    expect(body.fields[name]).toMatch(/NUL character/);
  });

  test('the timeline page shows the validation message instead of failing', async () => {
    const { default: TimelinePage } = await import('../../app/[locale]/timeline/page.tsx');
    const page = await TimelinePage({
      params: Promise.resolve({ locale: 'en' }),
      searchParams: Promise.resolve({ q: 'a\u0000b' }),
    });
    const html = renderInLocale(page);
    expect(html).toContain('This link has a parameter we cannot read');
    expect(html).toMatch(/<code>q<\/code>: The parameter must not contain a NUL character/);
  });
});

describe('a year before 0100', () => {
  test('an event dated 0024-10-23 is refused with 422 and the rule, not stored as 1924', async () => {
    const before = await counts();
    const res = await call(postEvents, '/api/events', {
      method: 'POST',
      headers: { ...editor.bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ slug: 'test-hostile-req-0024', title: 'T', date: '0024-10-23' }),
    });
    expect(res.status).toBe(422);
    expect((await res.json()).fields.date).toBe('Year must be 0100 or later');
    expect(await counts()).toEqual(before);
    expect(await getDb().event.count({ where: { startDate: new Date('1924-10-23') } })).toBe(0);
  });

  test('a filter from year 0024 is a 400 naming it', async () => {
    const res = await call(listEvents, '/api/events?from=0024');
    expect(res.status).toBe(400);
    expect((await res.json()).fields.from).toBe('Year must be 0100 or later');
  });
});

describe('numbers past the integer columns (2^31 and up)', () => {
  test.each([
    ['an id past 2^31', { d: '2024-01-01', i: 2 ** 31 }],
    ['a day that does not exist', { d: '2024-13-45', i: 1 }],
  ])('a forged cursor with %s is a 400 naming cursor', async (_l, key) => {
    const cursor = Buffer.from(JSON.stringify(key)).toString('base64url');
    const res = await call(listEvents, `/api/events?cursor=${cursor}`);
    expect(res.status).toBe(400);
    expect((await res.json()).fields).toHaveProperty('cursor');
  });

  test('GET and PATCH /api/sources/2147483648 answer 404', async () => {
    const id = '2147483648';
    expect((await call(getSource, `/api/sources/${id}`, {}, { id })).status).toBe(404);
    const res = await call(
      patchSource,
      `/api/sources/${id}`,
      {
        method: 'PATCH',
        headers: { ...editor.bearer, 'content-type': 'application/json' },
        body: '{"version":1}',
      },
      { id },
    );
    expect(res.status).toBe(404);
  });

  test('a version of 2^31 on PATCH is a 422 naming version', async () => {
    const source = await getDb().source.findFirstOrThrow({ where: { deletedAt: null } });
    const before = await counts();
    const res = await call(
      patchSource,
      `/api/sources/${source.id}`,
      {
        method: 'PATCH',
        headers: { ...editor.bearer, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Changed', version: 2 ** 31 }),
      },
      { id: String(source.id) },
    );
    expect(res.status).toBe(422);
    expect((await res.json()).fields.version).toMatch(/at most 2147483647/);
    expect(await counts()).toEqual(before);
  });

  test.each([
    [
      'a quote citing source 2147483648',
      createQuote,
      '/api/quotes',
      { speaker: 'S', text: 'T', sources: [2 ** 31] },
      'sources.0',
    ],
    [
      'a trade figure from source 2147483648',
      createTradeObservation,
      '/api/trade/observations',
      {
        reporter: 'KP',
        partner: 'RU',
        year: 2020,
        flow: 'total',
        valueUsd: 1,
        compiler: 'C',
        source: 2 ** 31,
      },
      'source',
    ],
  ])('%s is a 422 naming the field', async (_l, route, path, body, field) => {
    const before = await counts();
    const res = await call(route as Route, path, {
      method: 'POST',
      headers: { ...editor.bearer, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(422);
    expect((await res.json()).fields[field]).toMatch(/at most 2147483647/);
    expect(await counts()).toEqual(before);
  });
});

describe('an import row with a NUL character', () => {
  const csv =
    'slug,title,date,actors\n' +
    'test-hostile-req-ok,Fine,2024-10-23,KP\n' +
    'test-hostile-req-nul,"a\u0000b",2024-10-23,KP\n';
  const post = (mode: string) =>
    call(importEvents, `/api/import?mode=${mode}`, {
      method: 'POST',
      headers: { ...editor.bearer, 'content-type': 'text/csv' },
      body: csv,
    });

  test('the dry run names the row and field; applying writes nothing (422, not 500)', async () => {
    const before = await counts();
    const dry = await post('dry-run');
    expect(dry.status).toBe(200);
    const report = await dry.json();
    expect(report.rows[1]).toMatchObject({
      row: 'line 3',
      action: 'error',
      errors: { title: expect.stringMatching(/NUL character/) },
    });
    const applied = await post('apply');
    expect(applied.status).toBe(422);
    expect((await applied.json()).applied).toBe(false);
    expect(await counts()).toEqual(before);
  });
});

describe('spreadsheet formulas in the chart and network exports', () => {
  const evil = '=HYPERLINK("http://evil.example","x")';

  beforeAll(async () => {
    const db = getDb();
    const actor = await db.actor.create({ data: { code: 'TEST_EVIL', name: evil, kind: 'state' } });
    const kp = await db.actor.findUniqueOrThrow({ where: { code: 'KP' } });
    for (const n of [1, 2])
      await db.event.create({
        data: {
          slug: `test-hostile-req-evil-${n}`,
          title: `Evil ${n}`,
          startDate: new Date(`2024-0${n}-15`),
          datePrecision: 'day',
          publication: 'published',
          actors: { create: [{ actorId: actor.id }, { actorId: kp.id }] },
        },
      });
  });

  // No cell (after a line start or a comma, quoted or not) starts a formula.
  const expectNeutralised = (text: string) => expect(text).not.toMatch(/(^|,)\s*"?=HYPERLINK/m);

  test('/api/alliances/network.csv writes the actor name as text', async () => {
    const res = await call(
      allianceExport,
      '/api/alliances/network.csv?at=2024-12-31&minEvents=1',
      {},
      { file: 'network.csv' },
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    expectNeutralised(text);
    const row = Papa.parse<Record<string, string>>(text, { header: true }).data.find(
      (r) => r.actor_a === 'TEST_EVIL' || r.actor_b === 'TEST_EVIL',
    )!;
    expect([row.actor_a_name, row.actor_b_name]).toContain(`'${evil}`);
  });

  test('/api/charts/activity.csv writes the series label as text', async () => {
    const res = await call(
      chartExport,
      '/api/charts/activity.csv?by=actor&keys=TEST_EVIL&from=2024&to=2024',
      {},
      { file: 'activity.csv' },
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    expectNeutralised(text);
    const rows = Papa.parse<Record<string, string>>(text, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    }).data;
    // Charts label actors by their short name (the long form in parentheses left out).
    expect(rows).toEqual([
      { series: 'TEST_EVIL', label: `'${shortActorName(evil)}`, period: '2024', count: '2' },
    ]);
  });
});

describe('refused server actions', () => {
  // Next answers a thrown error whose digest is NEXT_HTTP_ERROR_FALLBACK;<status> with that
  // status (lib/errors.ts), where any other error is a 500.
  const refusal = (status: number) => ({ digest: `NEXT_HTTP_ERROR_FALLBACK;${status}` });

  test('an editor changing a role is refused with 403, and the role stays', async () => {
    const target = await makeUser('editor');
    const form = new FormData();
    form.set('role', 'admin');
    await expect(
      ambientHeaders.run(new Headers(editor.bearer), () => setUserRoleAction(target.user.id, form)),
    ).rejects.toMatchObject(refusal(403));
    expect((await getDb().user.findUniqueOrThrow({ where: { id: target.user.id } })).role).toBe(
      'editor',
    );
  });

  test("revoking another account's token is refused with 404, and the token still works", async () => {
    const owner = await makeUser('editor');
    const [token] = await listApiTokens(owner.user.id);
    await expect(
      ambientHeaders.run(new Headers(editor.bearer), () =>
        revokeTokenAction(token.id, new FormData()),
      ),
    ).rejects.toMatchObject(refusal(404));
    expect((await listApiTokens(owner.user.id))[0].revokedAt).toBeNull();
  });
});

describe('GET /api/health', () => {
  test('counts only published, untrashed events and the quotes readers can see', async () => {
    const before = (await (await health()).json()).counts;
    const draft = await makeEvent({ publication: 'draft' });
    const trashed = await makeEvent({ deletedAt: new Date() });
    for (const event of [draft, trashed])
      await getDb().quote.create({ data: { speaker: 'S', text: 'Q', eventId: event.id } });
    const after = (await (await health()).json()).counts;
    expect(after.events).toBe(before.events);
    expect(after.quotes).toBe(before.quotes);
    expect(after.events).toBe(
      await getDb().event.count({ where: { deletedAt: null, publication: 'published' } }),
    );
    await makeEvent();
    expect((await (await health()).json()).counts.events).toBe(before.events + 1);
    await getDb().quote.deleteMany({ where: { eventId: { in: [draft.id, trashed.id] } } });
  });
});
