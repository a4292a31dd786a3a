import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as exportGET } from '../../app/api/alliances/[file]/route.ts';
import { DELETE, GET as getOne, PATCH } from '../../app/api/relations/[key]/route.ts';
import { POST as restore } from '../../app/api/relations/[key]/restore/route.ts';
import { GET as listRelations, POST as create } from '../../app/api/relations/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
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

const SOURCE = 'https://example.org/obligations-treaty-1961';
const treaty = {
  a: 'CN',
  b: 'KP',
  kind: 'treaty',
  title: 'Treaty of Friendship, Co-operation and Mutual Assistance (obligations test)',
  start: '1961-07-11',
  status: 'confirmed',
  sourceUrls: [SOURCE],
  obligations: [
    {
      type: 'defence',
      article: 'Article II',
      summary: 'Each renders military and other assistance at once if the other is attacked.',
      quote: 'shall immediately render military and other assistance by all means at its disposal',
      sourceUrl: SOURCE,
    },
  ],
};
const sanctions = {
  a: 'US',
  b: 'KP',
  kind: 'sanctions_regime',
  title: 'US sanctions on North Korea (designations test)',
  start: '2016-02-18',
  sourceUrls: ['https://example.org/designations'],
  designations: [
    {
      authority: 'US Treasury (OFAC)',
      programme: 'DPRK3',
      party: 'Korea Example Trading Corporation',
      listedOn: '2016-03-16',
      legalActUrl: 'https://example.org/eo-13722',
    },
  ],
};
const post = (payload: unknown) =>
  create(
    new Request('http://x/api/relations', {
      method: 'POST',
      headers: { ...editor.bearer, 'content-type': 'application/json' },
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
const revisions = async (key: string) => {
  const { id } = await getDb().relation.findUniqueOrThrow({ where: { key } });
  return getDb().revision.findMany({
    where: { entityType: 'relation', entityId: id },
    orderBy: { version: 'asc' },
  });
};

describe('treaty obligations and sanctions designations', () => {
  test('a treaty is created with its obligations; they are in its first revision and in /api/relations', async () => {
    const res = await post(treaty);
    expect(res.status).toBe(201);
    const created = await res.json();
    made.push(created.key);
    expect(created.obligations).toEqual([treaty.obligations[0]]);
    const [first] = await revisions(created.key);
    expect((first.snapshot as { obligations: unknown[] }).obligations).toEqual(treaty.obligations);
    const list = await (
      await listRelations(new Request('http://x/api/relations?actor=CN&kind=treaty'), {})
    ).json();
    const listed = list.items.find((r: { key: string }) => r.key === created.key);
    expect(listed.obligations[0]).toMatchObject({ type: 'defence', article: 'Article II' });
  });

  test('changing them is a new revision; trash and restore keep them', async () => {
    const key = made[0];
    const updated = await patch(key, {
      version: 1,
      obligations: [
        ...treaty.obligations,
        { ...treaty.obligations[0], type: 'consultation', article: 'Article III', quote: null },
      ],
    });
    expect(updated.status).toBe(200);
    expect((await updated.json()).obligations.map((o: { type: string }) => o.type)).toEqual([
      'defence',
      'consultation',
    ]);
    const del = await DELETE(
      new Request(`http://x/api/relations/${key}`, { method: 'DELETE', headers: editor.bearer }),
      on(key),
    );
    expect(del.status).toBe(200);
    expect((await getOne(new Request(`http://x/api/relations/${key}`), on(key))).status).toBe(404);
    await restore(
      new Request(`http://x/api/relations/${key}/restore`, {
        method: 'POST',
        headers: editor.bearer,
      }),
      on(key),
    );
    const back = await (await getOne(new Request(`http://x/api/relations/${key}`), on(key))).json();
    expect(back.obligations).toHaveLength(2);
    expect((await revisions(key)).map((r) => r.action)).toEqual([
      'create',
      'update',
      'trash',
      'restore',
    ]);
  });

  test('a sanctions regime records designations', async () => {
    const res = await post(sanctions);
    expect(res.status).toBe(201);
    const created = await res.json();
    made.push(created.key);
    expect(created.designations).toEqual(sanctions.designations);
  });

  test.each([
    [{ ...treaty, kind: 'strategic_partnership' }, 'obligations'],
    [
      { ...treaty, obligations: [{ ...treaty.obligations[0], type: 'friendship' }] },
      'obligations.0.type',
    ],
    [
      { ...treaty, obligations: [{ ...treaty.obligations[0], article: '' }] },
      'obligations.0.article',
    ],
    [
      {
        ...treaty,
        obligations: [{ ...treaty.obligations[0], sourceUrl: 'https://example.org/other' }],
      },
      'obligations.0.sourceUrl',
    ],
    [{ ...sanctions, kind: 'treaty' }, 'designations'],
    [
      { ...sanctions, designations: [{ ...sanctions.designations[0], listedOn: '2016-02-30' }] },
      'designations.0.listedOn',
    ],
    [
      {
        ...sanctions,
        designations: [{ ...sanctions.designations[0], legalActUrl: 'javascript:alert(1)' }],
      },
      'designations.0.legalActUrl',
    ],
  ])(
    'refuses bad obligations and designations naming the field, writing nothing (%#)',
    async (payload, field) => {
      const before = await getDb().relation.count();
      const res = await post({ ...payload, title: `${payload.title} (bad)` });
      expect(res.status).toBe(422);
      expect(Object.keys((await res.json()).fields)).toContain(field);
      expect(await getDb().relation.count()).toBe(before);
    },
  );

  test('the seeded Russia–North Korea treaty carries its defence and consultation articles into the network export', async () => {
    const res = await exportGET(new Request('http://x/api/alliances/network.csv?at=2024-12-31'), {
      params: Promise.resolve({ file: 'network.csv' }),
    });
    const rows = Papa.parse<Record<string, string>>(await res.text(), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const kpRu = rows.find((r) => r.actor_a === 'KP' && r.actor_b === 'RU')!;
    expect(kpRu.obligations).toContain('defence (Article 4)');
    expect(kpRu.obligations).toContain('consultation (Article 3)');
    const svg = await (
      await exportGET(new Request('http://x/api/alliances/network.svg?at=2024-12-31'), {
        params: Promise.resolve({ file: 'network.svg' }),
      })
    ).text();
    expect(svg).toContain('obligations: consultation, defence');
    expect(svg).toContain('>North Korea<');
  });
});
