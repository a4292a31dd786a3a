import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as chartGET } from '../../app/api/charts/[file]/route.ts';
import { GET as tradeGET } from '../../app/api/trade/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { siteUrl } from '../../lib/env.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { cleanupTradeRecords, makeTradeObservation } from '../helpers/factories.ts';

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await cleanupTradeRecords();
  await getDb().$disconnect();
});

const api = async (query: string) => {
  const res = await tradeGET(new Request(`http://x/api/trade?${query}`), undefined);
  return { status: res.status, body: await res.json() };
};
const exportFile = (file: string, query: string) =>
  chartGET(new Request(`http://x/api/charts/${file}?${query}`), {
    params: Promise.resolve({ file }),
  });

describe('GET /api/trade', () => {
  test('returns North Korea–China totals by year with gaps, the 2017 compiler break and both compilers', async () => {
    const { status, body } = await api('series=KP-CN&from=2014&to=2018');
    expect(status).toBe(200);
    const [cn] = body.series;
    expect(cn.id).toBe('KP-CN');
    expect(cn.points.map((p: { year: number }) => p.year)).toEqual([2014, 2015, 2016, 2017, 2018]);
    // 2016 has exports and imports from Statistics Korea but no total: derived, and marked so.
    expect(cn.points[2]).toMatchObject({ value: 2630000000 + 3420000000 });
    expect(cn.points[2].caution).toMatch(/derived/i);
    expect(cn.breaks.map((b: { year: number }) => b.year)).toContain(2017);
    expect(body.footer.join(' ')).toMatch(/China customs \(GAC\).*2017/);
    expect(body.footer.join(' ')).toMatch(/South Korean compilations/);
  });

  test('leaves a year without a figure as a null point', async () => {
    const { body } = await api('series=KP-RU&from=2016&to=2019');
    expect(body.series[0].points.map((p: { value: number | null }) => p.value)).toEqual([
      76000000,
      null,
      34000000,
      47900000,
    ]);
  });

  test('flags the low-confidence 2024 Russia estimate with its reason', async () => {
    const { body } = await api('series=KP-RU&from=2024&to=2024');
    expect(body.series[0].points[0]).toMatchObject({ isLowConfidence: true });
    expect(body.series[0].points[0].caution).toMatch(/Low confidence: Estimate/);
  });

  test('marks, by default, events that involve both actors of a series', async () => {
    const { body } = await api('series=KP-RU&from=2023&to=2025');
    expect(body.markers.length).toBeGreaterThan(0);
    for (const m of body.markers) expect(m.seriesId).toBe('KP-RU');
  });

  test('a new trade observation shows up in the series', async () => {
    await makeTradeObservation({ year: 2021, valueUsd: 40_000_000 });
    const { body } = await api('series=KP-RU&from=2021&to=2021');
    expect(body.series[0].points[0].value).toBe(40_000_000);
  });

  test.each([
    ['series=KP-XX', 'series'],
    ['series=kp', 'series'],
    ['flow=both', 'flow'],
    ['from=20x0', 'from'],
    ['from=2020&to=2010', 'to'],
    ['scale=log&mode=yoy', 'scale'],
  ])('%s → 400 naming %s', async (query, field) => {
    const { status, body } = await api(query);
    expect(status).toBe(400);
    expect(Object.keys(body.fields)).toContain(field);
  });
});

const PARAMS = [
  'series=KP-CN,KP-RU&from=2010&to=2024',
  'series=KP-CN&flow=export&scale=log',
  'series=KP-RU&mode=yoy&chart=bar&tag=sanctions',
];

describe('GET /api/charts/trade.{svg,png,csv}', () => {
  test.each(PARAMS)(
    'SVG for %s is well-formed, names the series and its sources',
    async (query) => {
      const res = await exportFile('trade.svg', query);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/image\/svg\+xml/);
      const svg = await res.text();
      expect(XMLValidator.validate(svg)).toBe(true);
      const { body } = await api(query);
      for (const s of body.series) expect(svg).toContain(`data-series="${s.id}"`);
      expect(svg).toContain(body.title.replace(/&/g, '&amp;'));
      // A short footer (issue #20): the number of sources, listed in full with the chart.
      expect(svg).toMatch(/\d+ sources?: listed in full with the chart online/);
      expect(body.sources.length).toBeGreaterThan(0);
      expect(svg).toContain('/charts/trade?');
      const doc = new XMLParser({ ignoreAttributes: false }).parse(svg);
      expect(Number(doc.svg['@_width'])).toBe(960);
    },
  );

  test.each(PARAMS)('PNG for %s is a PNG at twice the SVG size', async (query) => {
    const svg = await (await exportFile('trade.svg', query)).text();
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    const res = await exportFile('trade.png', query);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toMatch(/filename="trade-.*\.png"/);
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, height * 2]);
  });

  test.each(PARAMS)(
    'CSV for %s has exactly the rows of /api/trade, with title and link',
    async (query) => {
      const res = await exportFile('trade.csv', query);
      const text = await res.text();
      const { body } = await api(query);
      expect(text.split('\n')[0]).toBe(`# ${body.title}`);
      // The site's public address (SITE_URL), not the address the request came in on.
      expect(text).toContain(`# ${siteUrl()}${body.path}`);
      expect(text).not.toContain('http://x/');
      const parsed = Papa.parse<Record<string, string>>(text, {
        header: true,
        comments: '#',
        skipEmptyLines: true,
      });
      const rows = parsed.data.map((r) => ({
        series: r.series,
        year: Number(r.year),
        value: Number(r.value),
      }));
      expect(rows).toEqual(
        body.rows.map((r: { series: string; year: number; value: number }) => ({
          series: r.series,
          year: r.year,
          value: r.value,
        })),
      );
      expect(rows.length).toBeGreaterThan(0);
    },
  );

  test('file names follow the view', async () => {
    const res = await exportFile('trade.png', 'series=KP-CN&from=2015&to=2024');
    expect(res.headers.get('content-disposition')).toContain(
      'filename="trade-KP-CN-2015-2024.png"',
    );
  });

  test('bad parameters get 400 naming the parameter; unknown formats 404', async () => {
    const bad = await exportFile('trade.png', 'from=abc');
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).fields)).toEqual(['from']);
    expect((await exportFile('trade.gif', '')).status).toBe(404);
  });
});
