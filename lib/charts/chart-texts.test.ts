import { describe, expect, test } from 'vitest';
import { activityQuerySchema } from '../schemas/activity.ts';
import { tradeQuerySchema } from '../schemas/trade.ts';
import { buildActivityChart } from './activity.ts';
import {
  cautionIn,
  claimIn,
  localizeActivityChart,
  localizeEstimateChart,
  localizeTradeChart,
} from './chart-texts.ts';
import { cautionText, type CautionNote } from './trade.ts';
import { buildEstimateChart, describeClaim } from './estimates.ts';
import { buildTradeChart, type SeriesInput } from './trade-chart.ts';

const words = (c: { title: string; units: string; key: string; footer: string[] }) => ({
  title: c.title,
  units: c.units,
  key: c.key,
  footer: c.footer,
});

const src = { publisher: 'Yonhap', title: 'T', url: null, publishedAt: '2021' };
const obs = (year: number, compiler: string) => ({
  year,
  flow: 'export' as const,
  valueUsd: 1e9,
  compiler,
  confidence: 'high' as const,
  notes: null,
  source: src,
});
const trade: SeriesInput = {
  id: 'KP-CN',
  reporter: { code: 'KP', name: 'North Korea (DPRK)', nameKo: '북한', color: '#b2182b' },
  partner: { code: 'CN', name: 'China (PRC)', color: '#e08214' },
  observations: [obs(2016, 'Statistics Korea'), obs(2018, 'China GAC customs data')],
};

describe('chart words from the catalogue', () => {
  test.each([
    { series: 'KP-CN' },
    { series: 'KP-CN', flow: 'export', mode: 'yoy' },
    { series: 'KP-CN', flow: 'import', from: '2030', to: '2031' },
  ])('trade %o: English as the chart is built; Korean throughout', (q) => {
    const query = tradeQuerySchema.parse(q);
    const chart = buildTradeChart(query, [trade], []);
    expect(words(localizeTradeChart(chart, query.flow, 'en'))).toEqual(words(chart));
    const ko = localizeTradeChart(chart, query.flow, 'ko');
    expect(ko.title).toMatch(/^(교역 총액|수출|수입)/);
    expect(ko.footer.join(' ')).toMatch(/집계/);
    expect(ko.key).toContain('사건');
  });

  test('trade: the direction names the reporter in both languages', () => {
    const chart = buildTradeChart(
      tradeQuerySchema.parse({ series: 'KP-CN', flow: 'export' }),
      [trade],
      [],
    );
    expect(chart.title).toContain("(North Korea's exports)");
    expect(localizeTradeChart(chart, 'export', 'ko').title).toContain('(북한의 수출)');
  });

  test('trade: series named in Korean, English (short) where an actor has no Korean name', () => {
    const chart = buildTradeChart(tradeQuerySchema.parse({ series: 'KP-CN' }), [trade], []);
    const [series] = localizeTradeChart(chart, 'total', 'ko').series;
    expect(series.label).toBe('북한–China');
    expect(chart.series[0].label).toBe('North Korea–China');
  });

  test('trade: cautions worded from their parts, English exactly as the chart carries them', () => {
    const notes: CautionNote[] = [
      { kind: 'lowConfidence', note: 'Estimate by an official' },
      { kind: 'derived', compiler: 'KOTRA' },
      { kind: 'noPrevious', year: 2019 },
      { kind: 'otherCompiler', year: 2020 },
    ];
    expect(cautionIn(notes, 'en')).toBe(cautionText(notes));
    const ko = cautionIn(notes, 'ko')!;
    expect(ko).toContain('낮은 신뢰도: Estimate by an official');
    expect(ko).toContain('2019년');
    expect(ko).not.toContain('2,019');
    const low = { ...obs(2018, 'X'), confidence: 'low' as const, notes: 'Rough' };
    const chart = buildTradeChart(
      tradeQuerySchema.parse({ series: 'KP-CN', flow: 'export' }),
      [{ ...trade, observations: [low] }],
      [],
    );
    const point = (c: typeof chart) => c.series[0].points.find((p) => p.year === 2018)!;
    expect(point(chart).caution).toBe('Low confidence: Rough');
    expect(point(localizeTradeChart(chart, 'export', 'ko')).caution).toBe('낮은 신뢰도: Rough');
  });

  test.each([{}, { by: 'tag', bucket: 'month', keys: 'military' }])('activity %o', (q) => {
    const counts = [{ key: 'KP', year: 2022, month: 3, count: 1234 }];
    const labels = {
      KP: { label: 'North Korea', labelKo: '북한', color: null },
      military: { label: 'Military', labelKo: 'Military', color: null },
    };
    const chart = buildActivityChart(activityQuerySchema.parse(q), counts, labels);
    expect(words(localizeActivityChart(chart, 'en'))).toEqual(words(chart));
    expect(localizeActivityChart(chart, 'ko').title).toMatch(/사건 수/);
  });

  test.each([
    { quantity: 'Troops', asOf: null },
    { quantity: null, asOf: '2024-10' },
  ])('estimates %o', (q) => {
    const chart = buildEstimateChart({ ...q, quantities: [], items: [] });
    expect(words(localizeEstimateChart(chart, 'en'))).toEqual(words(chart));
    const ko = localizeEstimateChart(chart, 'ko');
    expect(ko.title).toContain('누가 언제 얼마라고 주장했나');
    if (q.asOf) expect(ko.footer[1]).toBe('2024년 10월 기준 공개된 정보.');
  });

  test.each([
    [{ low: 3000, best: null, high: null }, '최소 3,000명'],
    [{ low: null, best: null, high: 500 }, '최대 500명'],
    [{ low: 3000, best: 4000, high: 5000 }, '4,000명 (3,000–5,000)'],
    [{ low: null, best: 10000, high: null }, '10,000명'],
  ])('claims %o: English as describeClaim, Korean with its counter', (e, ko) => {
    expect(claimIn(e, 'soldiers', 'en')).toBe(describeClaim(e, 'soldiers'));
    expect(claimIn(e, 'soldiers', 'ko')).toBe(ko);
    // A unit the catalogue does not know stays as entered, apart from the figure.
    expect(claimIn(e, 'shells', 'ko')).toMatch(/ shells/);
  });

  test('estimates in Korean: claimant, claims, quantity and event title', () => {
    const point = {
      id: 1,
      quantity: 'Troops sent',
      quantityKo: '파병 병력',
      low: 3000,
      best: null,
      high: null,
      unit: 'soldiers',
      refersTo: '2024-10-23',
      claimant: { code: 'US', name: 'United States', nameKo: '미국', color: null },
      source: { id: 1, publisher: 'P', title: 'T', url: null, publishedAt: '2024-10-23' },
      event: { slug: 'e', title: 'An event', titleKo: '사건' },
      notes: null,
    };
    const chart = buildEstimateChart({
      quantity: 'Troops sent',
      asOf: null,
      quantities: [],
      items: [point],
    });
    const ko = localizeEstimateChart(chart, 'ko');
    expect(ko.title).toBe('파병 병력: 누가 언제 얼마라고 주장했나');
    expect(ko.series[0].label).toBe('미국');
    expect(ko.series[0].points[0]).toMatchObject({
      claim: '최소 3,000명',
      event: { title: '사건' },
    });
    expect(localizeEstimateChart(chart, 'en').series[0].points[0].claim).toBe(
      'at least 3,000 soldiers',
    );
  });
});
