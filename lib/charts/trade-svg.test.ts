import { XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { tradeQuerySchema } from '../schemas/trade.ts';
import { buildTradeChart, type SeriesInput } from './trade-chart.ts';
import { tradeCsv } from './trade-csv.ts';
import { tradeSvg, wrap } from './trade-svg.ts';

const src = {
  publisher: 'Yonhap',
  title: 'Trade & more <2020>',
  url: 'https://example.org/a',
  publishedAt: '2021',
};
const input: SeriesInput = {
  id: 'KP-CN',
  reporter: { code: 'KP', name: 'North Korea (DPRK)', color: '#b2182b' },
  partner: { code: 'CN', name: 'China (PRC)', color: '#e08214' },
  observations: [
    {
      year: 2016,
      flow: 'total',
      valueUsd: 6e9,
      compiler: 'Statistics Korea',
      confidence: 'high',
      notes: null,
      source: src,
    },
    {
      year: 2017,
      flow: 'total',
      valueUsd: 5e9,
      compiler: 'China GAC customs data',
      confidence: 'high',
      notes: null,
      source: src,
    },
    {
      year: 2019,
      flow: 'total',
      valueUsd: 2.8e9,
      compiler: 'China GAC customs data',
      confidence: 'low',
      notes: null,
      source: src,
    },
  ],
};
const chart = buildTradeChart(
  tradeQuerySchema.parse({ series: 'KP-CN' }),
  [input],
  [
    {
      slug: 'unsc-2397',
      title: 'UN sanctions <2397>',
      date: '2017-12-22',
      actors: ['KP', 'CN', 'UN'],
    },
  ],
);

describe('buildTradeChart', () => {
  test('titles the view, defaults the window to the data, names the file after it', () => {
    expect(chart.title).toBe('Total trade: North Korea–China, 2016–2019');
    expect(chart.fileBase).toBe('trade-KP-CN-2016-2019');
    expect(chart.series[0].color).toBe('#e08214');
    expect(chart.markers[0]).toMatchObject({ seriesId: 'KP-CN', color: '#e08214' });
    expect(chart.footer[0]).toMatch(
      /South Korean compilations .*\(2016\), China customs \(GAC\) \(2017–2019\); compiler changes in 2017/,
    );
  });
});

describe('tradeSvg', () => {
  const svg = tradeSvg(chart, 'https://tracker.example');
  test('is well-formed with escaped text, the series, the break, the marker link and the chart link', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('data-series="KP-CN"');
    expect(svg).toContain('class="compiler-break"');
    expect(svg).toContain('href="https://tracker.example/events/unsc-2397"');
    expect(svg).toContain('UN sanctions &lt;2397&gt;');
    expect(svg).toContain('Chart: https://tracker.example/charts/trade?series=KP-CN');
  });

  test('draws the gap year as no point and the low-confidence point hollow', () => {
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toMatch(
      /<circle [^>]*fill="#ffffff"[^>]*stroke-dasharray="2 2"><title>North Korea–China 2019[^<]*Low confidence/,
    );
  });

  test('wraps long footer lines on word boundaries', () => {
    expect(wrap('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
  });
});

describe('tradeCsv', () => {
  test('has one row per plotted point, after # lines with the title and link', () => {
    const text = tradeCsv(chart, 'https://tracker.example');
    expect(text.split('\n')[0]).toBe('# Total trade: North Korea–China, 2016–2019');
    const rows = Papa.parse<Record<string, string>>(text, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => [r.year, r.value, r.confidence])).toEqual([
      ['2016', '6000000000', 'high'],
      ['2017', '5000000000', 'high'],
      ['2019', '2800000000', 'low'],
    ]);
    expect(rows[0].source_title).toBe('Trade & more <2020>');
  });
});

describe('small multiples, gaps and event labels', () => {
  const small: SeriesInput = {
    id: 'KP-RU',
    reporter: input.reporter,
    partner: { code: 'RU', name: 'Russia', color: '#2166ac' },
    observations: [2016, 2017, 2019].map((year) => ({
      ...input.observations[0],
      year,
      valueUsd: 4e7,
    })),
  };
  const treaty = {
    slug: 'treaty-2024',
    title: 'Putin and Kim sign the Treaty on Comprehensive Strategic Partnership',
    date: '2019-06-19',
    actors: ['KP', 'RU'],
    sourceCount: 5,
  };
  const minor = { ...treaty, slug: 'minor', title: 'A minor event', date: '2019-06-20' };
  const build = (axes: string) =>
    buildTradeChart(
      tradeQuerySchema.parse({ series: 'KP-CN,KP-RU', axes }),
      [input, small],
      [{ ...minor, sourceCount: 1 }, treaty],
    );

  test('series 150× apart get a panel each by default, one shared panel on request', () => {
    expect(build('auto').panels).toEqual([['KP-CN'], ['KP-RU']]);
    expect(build('shared').panels).toEqual([['KP-CN', 'KP-RU']]);
  });

  test('the better-attested event is labelled first, and the label is in the SVG', () => {
    const c = build('auto');
    expect(c.markers.map((m) => m.slug)).toEqual(['treaty-2024', 'minor']);
    const svg = tradeSvg(c, 'https://tracker.example');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(
      /class="marker-label" data-slug="treaty-2024"[^]*Putin and Kim sign the Treaty on…/,
    );
    expect(svg).toContain('North Korea–Russia (own scale)');
  });

  test('a year without a figure between two with one is a gap labelled "no data"', () => {
    const c = build('auto');
    expect(c.series[1].gaps).toEqual([{ from: 2018, to: 2018 }]);
    expect(tradeSvg(c, 'https://tracker.example')).toMatch(/class="no-data"[^]*>no data<\/text>/);
  });
});
