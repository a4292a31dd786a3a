import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as eraItem from '../../app/api/eras/[slug]/route.ts';
import * as eraRestore from '../../app/api/eras/[slug]/restore/route.ts';
import * as eraCollection from '../../app/api/eras/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { listRecordRevisions } from '../../lib/db/versioned/history.ts';
import { revertRecord } from '../../lib/db/versioned/writes.ts';
import { ERA_SPEC } from '../../lib/db/versioned/specs.ts';
import { documented } from '../helpers/openapi.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

type Route = (
  request: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;

let editor: Awaited<ReturnType<typeof makeUser>>;
let sourceId: number;
const stamp = Date.now().toString(36);
const slug = `era-${stamp}`;

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');
  sourceId = (
    await getDb().source.create({ data: { publisher: 'Era test wire', title: `Base ${stamp}` } })
  ).id;
});
afterAll(async () => {
  const db = getDb();
  await db.era.deleteMany({ where: { slug: { startsWith: 'era-' } } });
  await db.source.deleteMany({ where: { publisher: 'Era test wire' } });
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
    new Request('http://x/api/eras', {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );

const list = async () =>
  (await (await call(eraCollection.GET as Route, 'GET', {})).json()).items as { slug: string }[];

describe('eras, on the one write path', () => {
  test('the seed brings the eras its events date, each citing its sources', async () => {
    const seeded = await getDb().era.findMany({
      include: { sources: { include: { source: true } } },
      orderBy: { slug: 'asc' },
    });
    expect(seeded.map((e) => [e.slug, e.start, e.end])).toEqual([
      ['un-panel-of-experts-mandate', '2009', '2024-04'],
      ['war-in-ukraine', '2022-02-24', null],
    ]);
    expect(seeded.every((e) => e.sources.length > 0)).toBe(true);
    expect((await list()).map((e) => e.slug)).toEqual([
      'un-panel-of-experts-mandate',
      'war-in-ukraine',
    ]);
  });

  test('POST creates an era with its first revision, and the public list shows it', async () => {
    const res = await call(
      eraCollection.POST,
      'POST',
      {},
      {
        slug,
        title: 'Test era',
        start: '2020-01',
        end: '2022-01',
        sources: [sourceId],
      },
    );
    expect(res.status).toBe(201);
    const era = await res.json();
    expect(era).toMatchObject({ slug, start: '2020-01', end: '2022-01', version: 1 });
    expect(era.sources.map((s: { id: number }) => s.id)).toEqual([sourceId]);
    expect((await listRecordRevisions(ERA_SPEC, slug))!.map((r) => r.action)).toEqual(['create']);
    expect((await list()).map((e) => e.slug)).toContain(slug);
  });

  test('bad input is a 422 naming the field, and nothing is written', async () => {
    const before = await (await call(eraItem.GET, 'GET', { slug })).json();
    for (const [body, field] of [
      [{ end: '2019-12' }, 'end'],
      [{ start: '2020-13' }, 'start'],
      [{ sources: [999999999] }, 'sources'],
    ] as const) {
      const res = await call(eraItem.PATCH, 'PATCH', { slug }, { ...body, version: 1 });
      expect(res.status).toBe(422);
      expect(Object.keys((await res.json()).fields)).toContain(field);
    }
    const dup = await call(
      eraCollection.POST,
      'POST',
      {},
      {
        slug: 'war-in-ukraine',
        title: 'Again',
        start: '2022',
      },
    );
    expect(dup.status).toBe(409);
    expect(await (await call(eraItem.GET, 'GET', { slug })).json()).toEqual(before);
  });

  test('PATCH revises from the current version; a stale one gets 409; revert brings version 1 back', async () => {
    const ok = await call(eraItem.PATCH, 'PATCH', { slug }, { end: null, version: 1 });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ end: null, version: 2 });
    const stale = await call(eraItem.PATCH, 'PATCH', { slug }, { title: 'Stale', version: 1 });
    expect(stale.status).toBe(409);
    const reverted = await revertRecord(ERA_SPEC, slug, 1, editor.user.id);
    expect(reverted).toMatchObject({ end: '2022-01', version: 3 });
    const history = (await listRecordRevisions(ERA_SPEC, slug))!;
    expect(history.map((r) => r.action)).toEqual(['revert', 'update', 'create']);
  });

  test('DELETE trashes (gone from the list and the public GET); restore brings it back', async () => {
    expect((await call(eraItem.DELETE, 'DELETE', { slug })).status).toBe(200);
    expect((await call(eraItem.GET, 'GET', { slug })).status).toBe(404);
    expect((await list()).map((e) => e.slug)).not.toContain(slug);
    expect((await call(eraRestore.POST, 'POST', { slug })).status).toBe(200);
    expect((await call(eraItem.GET, 'GET', { slug })).status).toBe(200);
    expect((await list()).map((e) => e.slug)).toContain(slug);
    expect((await listRecordRevisions(ERA_SPEC, slug))!.slice(0, 2).map((r) => r.action)).toEqual([
      'restore',
      'trash',
    ]);
  });

  test('anonymous callers and unknown tokens get 401, and nothing changes', async () => {
    const body = { slug: `era-${stamp}-anon`, title: 'Anon', start: '2020' };
    const anonymous: Record<string, string>[] = [{}, { authorization: 'Bearer at_not-a-token' }];
    for (const headers of anonymous) {
      expect((await call(eraCollection.POST, 'POST', {}, body, headers)).status).toBe(401);
      expect((await call(eraItem.DELETE, 'DELETE', { slug }, undefined, headers)).status).toBe(401);
      expect(
        (await call(eraItem.PATCH, 'PATCH', { slug }, { title: 'X', version: 5 }, headers)).status,
      ).toBe(401);
    }
    expect(await getDb().era.count({ where: { slug: body.slug } })).toBe(0);
    expect((await call(eraItem.GET, 'GET', { slug })).status).toBe(200);
  });

  test('the OpenAPI document lists the era operations and schemas', () => {
    expect(documented.operationIds).toEqual(
      expect.arrayContaining([
        'listEras',
        'createEra',
        'getEra',
        'updateEra',
        'trashEra',
        'restoreEra',
      ]),
    );
    expect(documented.schemas).toEqual(
      expect.arrayContaining(['Era', 'EraInput', 'EraPatch', 'EraList']),
    );
  });
});
