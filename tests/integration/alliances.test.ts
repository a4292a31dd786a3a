import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as alliancesGET } from '../../app/api/alliances/route.ts';
import { GET as exportGET } from '../../app/api/alliances/[file]/route.ts';
import { GET as relationsGET } from '../../app/api/relations/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { getAllianceNetwork, listEdgeEvents } from '../../lib/db/relations/reads.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await getDb().$disconnect();
});

const call = async (path: string, get = alliancesGET) => {
  const res = await get(new Request(`http://x${path}`), {});
  return { status: res.status, body: await res.json() };
};

describe('getAllianceNetwork', () => {
  test('has no Russia–North Korea treaty at the end of 2023 and has it at the end of 2024', async () => {
    const before = await getAllianceNetwork('2023-12-31', '2023-01-01');
    const kpRu2023 = before.edges.find((e) => e.id === 'KP-RU');
    expect(kpRu2023?.relations.map((r) => r.kind) ?? []).not.toContain('treaty');
    const after = await getAllianceNetwork('2024-12-31', '2024-01-01');
    const kpRu = after.edges.find((e) => e.id === 'KP-RU')!;
    expect(kpRu.relations[0]).toMatchObject({ key: 'ru-kp-treaty-2024', kind: 'treaty' });
  });

  test('leaves out a relation that ended before the date', async () => {
    const during = await getAllianceNetwork('2022-11-15', '2022-01-01');
    expect(during.edges.find((e) => e.id === 'KP-WAGNER')?.relations.map((r) => r.key)).toEqual([
      'kp-wagner-arms-2022',
    ]);
    const after = await getAllianceNetwork('2023-01-15', '2022-12-01');
    expect(after.edges.find((e) => e.id === 'KP-WAGNER')).toBeUndefined();
  });

  test('weights each edge by the number of published events naming both actors in the period', async () => {
    const { edges } = await getAllianceNetwork('2024-12-31', '2024-01-01');
    for (const id of ['KP-RU', 'KR-NATO', 'KP-US']) {
      const edge = edges.find((e) => e.id === id)!;
      const [a, b] = id.split('-');
      expect(edge.eventCount, id).toBe(
        (await listEdgeEvents(a, b, '2024-01-01', '2024-12-31')).length,
      );
    }
  });

  test('draws event-only pairs from minEvents up, and never people', async () => {
    const all = await getAllianceNetwork('2024-12-31', '2024-01-01', 1);
    const strong = await getAllianceNetwork('2024-12-31', '2024-01-01', 3);
    expect(strong.edges.length).toBeLessThan(all.edges.length);
    expect(strong.edges.every((e) => e.relations.length > 0 || e.eventCount >= 3)).toBe(true);
    expect(all.nodes.some((n) => n.kind === 'person')).toBe(false);
  });
});

describe('GET /api/alliances', () => {
  test('returns nodes and edges for a date', async () => {
    const { status, body } = await call('/api/alliances?at=2024-12-31');
    expect(status).toBe(200);
    expect(body).toMatchObject({ at: '2024-12-31', from: '2024-01-01' });
    expect(
      body.edges.find((e: { id: string }) => e.id === 'KP-RU').relations[0].sources.length,
    ).toBeGreaterThan(0);
  });

  test.each([
    ['at=2024-02-30', 'at'],
    ['at=yesterday', 'at'],
    ['at=2024-01-01&from=2024-06-01', 'from'],
    ['minEvents=0', 'minEvents'],
  ])('answers 400 naming the parameter for %s', async (qs, field) => {
    const { status, body } = await call(`/api/alliances?${qs}`);
    expect(status).toBe(400);
    expect(Object.keys(body.fields)).toContain(field);
  });
});

describe('GET /api/relations', () => {
  test('filters by actor and date', async () => {
    const { body } = await call('/api/relations?actor=KR&at=2024-12-31', relationsGET);
    expect(body.items.map((r: { key: string }) => r.key).sort()).toEqual([
      'kr-nato-itpp-2023',
      'kr-nato-partner-2006',
      'msmt-member-kr',
    ]);
  });

  test('answers 400 for an unknown kind', async () => {
    expect((await call('/api/relations?kind=friendship', relationsGET)).status).toBe(400);
  });
});

describe('GET /api/alliances/network.{svg,csv}', () => {
  const fetchExport = (file: string, qs: string) =>
    exportGET(new Request(`http://x/api/alliances/${file}?${qs}`), {
      params: Promise.resolve({ file }),
    });

  test('writes a well-formed SVG with the title, the edges and the sources', async () => {
    const res = await fetchExport('network.svg', 'at=2024-12-31');
    expect(res.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(res.headers.get('content-disposition')).toContain('alliances-2024-12-31.svg');
    const svg = await res.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Alliance network on 2024-12-31');
    expect(svg).toContain('Sources: ');
    expect(svg).toMatch(/Interfax/);
    expect(svg).toContain('Comprehensive Strategic Partnership Treaty');
  });

  test('writes one CSV row per edge drawn', async () => {
    const { edges } = await getAllianceNetwork('2024-12-31', '2024-01-01', 2);
    const csv = await (await fetchExport('network.csv', 'at=2024-12-31')).text();
    const lines = csv.trim().split('\n');
    expect(lines[0]).toMatch(/^at,events_from,actor_a/);
    expect(lines).toHaveLength(edges.length + 1);
    expect(csv).toMatch(/KP,.*,RU,.*Comprehensive Strategic Partnership Treaty/);
  });

  test('rasterises the same network to a PNG at twice its size', async () => {
    const svg = await (await fetchExport('network.svg', 'at=2024-12-31')).text();
    const png = Buffer.from(
      await (await fetchExport('network.png', 'at=2024-12-31')).arrayBuffer(),
    );
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    expect(png.readUInt32BE(16)).toBe(svgWidth * 2);
  });

  test('answers 400 for a bad date and 404 for an unknown file', async () => {
    expect((await fetchExport('network.svg', 'at=2024-13-01')).status).toBe(400);
    expect((await fetchExport('network.pdf', 'at=2024-12-31')).status).toBe(404);
  });
});

describe('compareActorActivity', () => {
  test('counts each actor’s published events per year, with their tags', async () => {
    const { compareActorActivity } = await import('../../lib/db/actors/compare.ts');
    const cells = await compareActorActivity(['KP', 'RU']);
    const kp2024 = cells.find((c) => c.code === 'KP' && c.year === 2024)!;
    const expected = await getDb().event.count({
      where: {
        publication: 'published',
        deletedAt: null,
        startDate: { gte: new Date('2024-01-01'), lte: new Date('2024-12-31') },
        actors: { some: { actor: { code: 'KP' } } },
      },
    });
    expect(kp2024.total).toBe(expected);
    expect(kp2024.tags[0].count).toBeGreaterThanOrEqual(kp2024.tags.at(-1)!.count);
    expect(cells.every((c) => ['KP', 'RU'].includes(c.code))).toBe(true);
  });
});
