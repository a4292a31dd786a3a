import { XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET } from '../../app/api/charts/[file]/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTestRecords, makeEvent } from '../helpers/factories.ts';

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await cleanupTestRecords();
  await getDb().$disconnect();
});

const get = (file: string, query: string) =>
  GET(new Request(`http://x/api/charts/${file}?${query}`), { params: Promise.resolve({ file }) });
const csvRows = async (query: string) =>
  Papa.parse<Record<string, string>>(await (await get('activity.csv', query)).text(), {
    header: true,
    comments: '#',
    skipEmptyLines: true,
  }).data;

describe('GET /api/charts/activity.{svg,png,csv}', () => {
  test("CSV counts each actor's published events per year, matching the database", async () => {
    const rows = await csvRows('by=actor&keys=KP,RU&from=2022&to=2025');
    expect(rows.map((r) => r.period)).toEqual([
      '2022',
      '2023',
      '2024',
      '2025',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    const kp2024 = await getDb().event.count({
      where: {
        deletedAt: null,
        publication: 'published',
        startDate: { gte: new Date('2024-01-01'), lt: new Date('2025-01-01') },
        actors: { some: { actor: { code: 'KP' } } },
      },
    });
    expect(Number(rows.find((r) => r.series === 'KP' && r.period === '2024')!.count)).toBe(kp2024);
    expect(kp2024).toBeGreaterThan(0);
  });

  test('drafts and trashed events are not counted', async () => {
    const before = await csvRows('keys=TEST_ACTOR&from=2020&to=2020');
    await makeEvent({ publication: 'draft' });
    await makeEvent({ deletedAt: new Date() });
    await makeEvent();
    const after = await csvRows('keys=TEST_ACTOR&from=2020&to=2020');
    expect(Number(after[0].count)).toBe(Number(before[0]?.count ?? 0) + 1);
  });

  test.each([
    'by=tag&keys=military,sanctions',
    'by=actor&bucket=month&from=2024&to=2024&chart=line',
  ])('SVG and PNG for %s', async (query) => {
    const svg = await (await get('activity.svg', query)).text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain("Alliance Tracker's sourced event records");
    const png = Buffer.from(await (await get('activity.png', query)).arrayBuffer());
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      1920,
      2 * Number(/height="(\d+)"/.exec(svg)![1]),
    ]);
  });

  test.each([
    ['bucket=week', 'bucket'],
    ['keys=NOPE', 'keys'],
    ['from=2020&to=2019', 'to'],
  ])('%s → 400 naming %s', async (query, field) => {
    const res = await get('activity.png', query);
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).fields)).toContain(field);
  });
});
