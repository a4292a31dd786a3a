import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { activityQuerySchema } from '../schemas/activity.ts';
import { buildActivityChart } from './activity.ts';
import { activityCsv, activitySvg } from './activity-export.ts';

const labels = {
  KP: { label: 'North Korea', labelKo: '북한', color: '#b2182b' },
  RU: { label: 'Russia', labelKo: '러시아', color: null },
};
const counts = [
  { key: 'KP', year: 2022, month: 3, count: 2 },
  { key: 'KP', year: 2022, month: 9, count: 1 },
  { key: 'KP', year: 2024, month: 10, count: 4 },
  { key: 'RU', year: 2024, month: 10, count: 3 },
];

describe('activityQuerySchema', () => {
  test('defaults to yearly bars for North Korea, Russia and China', () => {
    expect(activityQuerySchema.parse({})).toMatchObject({
      by: 'actor',
      keys: ['KP', 'RU', 'CN'],
      bucket: 'year',
      chart: 'bar',
    });
    expect(activityQuerySchema.parse({ by: 'tag' }).keys).toEqual([
      'military',
      'diplomacy',
      'sanctions',
    ]);
  });
  test('rejects a bad bucket, naming it', () => {
    expect(activityQuerySchema.safeParse({ bucket: 'week' }).error?.issues[0].path).toEqual([
      'bucket',
    ]);
  });
});

describe('buildActivityChart', () => {
  test('sums months into years; a year without events is zero, not a gap', () => {
    const chart = buildActivityChart(
      activityQuerySchema.parse({ keys: 'KP,RU,XX' }),
      counts,
      labels,
    );
    expect(chart.series.map((s) => s.id)).toEqual(['KP', 'RU']);
    expect(chart.series[0].points.map((p) => [p.period, p.value])).toEqual([
      ['2022', 3],
      ['2023', 0],
      ['2024', 4],
    ]);
    expect(chart.series[1].color).toMatch(/^#/);
    expect(chart.fileBase).toBe('activity-KP_RU-2022-2024');
  });

  test('by month: twelve slots a year at fractional positions', () => {
    const chart = buildActivityChart(
      activityQuerySchema.parse({ keys: 'KP', bucket: 'month', from: '2024', to: '2024' }),
      counts,
      labels,
    );
    expect(chart.series[0].points).toHaveLength(12);
    expect(chart.series[0].points[9]).toEqual({ period: '2024-10', x: 2024 + 9 / 12, value: 4 });
  });

  test('SVG is well-formed with a bar per non-zero bucket; CSV has every plotted bucket', () => {
    const chart = buildActivityChart(activityQuerySchema.parse({ keys: 'KP' }), counts, labels);
    const svg = activitySvg(chart, 'https://t.example');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(2);
    expect(activityCsv(chart, 'https://t.example').trim().split('\n').slice(-3)).toEqual([
      'KP,North Korea,2022,3',
      'KP,North Korea,2023,0',
      'KP,North Korea,2024,4',
    ]);
  });
});
