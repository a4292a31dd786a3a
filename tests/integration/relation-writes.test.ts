import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DELETE, GET as getOne, PATCH } from '../../app/api/relations/[key]/route.ts';
import { POST as restore } from '../../app/api/relations/[key]/restore/route.ts';
import { POST as create } from '../../app/api/relations/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { getAllianceNetwork } from '../../lib/db/relations/reads.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

let editor: Awaited<ReturnType<typeof makeUser>>;
const made: string[] = [];

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  editor = await makeUser('editor');
});
afterAll(async () => {
  await getDb().relation.deleteMany({ where: { key: { in: made } } });
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const body = {
  a: 'CN',
  b: 'KP',
  kind: 'treaty',
  title: 'Sino-North Korean Mutual Aid and Cooperation Friendship Treaty',
  start: '1961-07-11',
  status: 'confirmed',
  sourceUrls: ['https://example.org/treaty-1961'],
  eventSlugs: [],
};
const post = (payload: unknown, headers = editor.bearer) =>
  create(
    new Request('http://x/api/relations', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    }),
    {},
  );
const on = (key: string) => ({ params: Promise.resolve({ key }) });
const patch = (key: string, payload: unknown) =>
  PATCH(
    new Request(`http://x/api/relations/${key}`, {
      method: 'PATCH',
      headers: { ...editor.bearer, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    }),
    on(key),
  );

describe('relation writes', () => {
  test('an editor creates a relation; it is in the network from its start date, with a first revision', async () => {
    const res = await post(body);
    expect(res.status).toBe(201);
    const created = await res.json();
    made.push(created.key);
    expect(created).toMatchObject({ key: 'cn-kp-treaty-1961-07-11', a: 'CN', b: 'KP', version: 1 });
    const network = await getAllianceNetwork('1970-01-01', '1969-01-01');
    expect(network.edges.find((e) => e.id === 'CN-KP')?.relations.map((r) => r.key)).toContain(
      created.key,
    );
    // By id: another test file may have made (and removed) a relation with this key before.
    const { id } = await getDb().relation.findUniqueOrThrow({ where: { key: created.key } });
    expect(await getDb().revision.count({ where: { entityType: 'relation', entityId: id } })).toBe(
      1,
    );
  });

  test('ending it is an update from the current version; a stale version gets 409 with the current relation', async () => {
    const key = made[0];
    const ended = await patch(key, { end: '2024-12-31', version: 1 });
    expect(ended.status).toBe(200);
    expect(await ended.json()).toMatchObject({ end: '2024-12-31', version: 2 });
    const stale = await patch(key, { title: 'Overwrite', version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).current).toMatchObject({ title: body.title, version: 2 });
  });

  test('trash hides it and restore brings it back, each a new revision', async () => {
    const key = made[0];
    expect(
      (
        await DELETE(
          new Request(`http://x/api/relations/${key}`, {
            method: 'DELETE',
            headers: editor.bearer,
          }),
          on(key),
        )
      ).status,
    ).toBe(200);
    expect((await getOne(new Request(`http://x/api/relations/${key}`), on(key))).status).toBe(404);
    expect(
      (
        await restore(
          new Request(`http://x/api/relations/${key}/restore`, {
            method: 'POST',
            headers: editor.bearer,
          }),
          on(key),
        )
      ).status,
    ).toBe(200);
    expect((await getOne(new Request(`http://x/api/relations/${key}`), on(key))).status).toBe(200);
    const relation = await getDb().relation.findUniqueOrThrow({ where: { key } });
    expect(
      await getDb().revision.count({ where: { entityType: 'relation', entityId: relation.id } }),
    ).toBe(4);
  });

  test.each([
    [{ ...body, b: 'CN' }, 'b'],
    [{ ...body, end: '1960-01-01' }, 'end'],
    [{ ...body, a: 'XX' }, 'a'],
    [{ ...body, sourceUrls: ['javascript:alert(1)'] }, 'sourceUrls.0'],
    [{ ...body, start: '1961-02-30' }, 'start'],
    [{ ...body, eventSlugs: ['no-such-event'] }, 'eventSlugs'],
  ])('refuses bad input naming the field and writes nothing (%#)', async (payload, field) => {
    const before = await getDb().relation.count();
    const res = await post(payload);
    expect([400, 422]).toContain(res.status);
    expect(Object.keys((await res.json()).fields)).toContain(field);
    expect(await getDb().relation.count()).toBe(before);
  });

  test('citing a trashed source is refused as for events, naming the field, and copies nothing', async () => {
    const url = 'https://example.org/relation-test-trashed-source';
    await getDb().source.create({
      data: { url, publisher: 'example.org', title: url, deletedAt: new Date() },
    });
    const res = await post({ ...body, start: '1961-07-12', sourceUrls: [url] });
    expect(res.status).toBe(422);
    expect((await res.json()).fields).toEqual({
      sourceUrls: `The source “${url}” is in the trash: restore it under Sources first`,
    });
    expect(await getDb().source.count({ where: { url } })).toBe(1);
    expect(await getDb().relation.count({ where: { startDate: new Date('1961-07-12') } })).toBe(0);
    await getDb().source.deleteMany({ where: { url } });
  });

  test('a reader cannot write', async () => {
    expect((await post(body, {})).status).toBe(401);
  });
});
