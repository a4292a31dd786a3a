import { describe, expect, test } from 'vitest';
import type { EstimateList } from '../shapes/estimate.ts';
import { estimatesCsv, estimatesSvg } from './estimates-export.ts';
import { buildEstimateChart, describeClaim } from './estimates.ts';

const item = (
  id: number,
  code: string,
  refersTo: string,
  low: number | null,
  best: number | null,
  high: number | null,
) => ({
  id,
  quantity: 'Troops',
  low,
  best,
  high,
  unit: 'soldiers',
  refersTo,
  claimant: { code, name: code, color: null },
  source: { id: 1, publisher: 'Wire', title: 'T', url: null, publishedAt: refersTo },
  event: { slug: `e-${id}`, title: `E ${id}` },
  notes: null,
});

const list: EstimateList = {
  quantity: 'Troops',
  asOf: null,
  quantities: [{ quantity: 'Troops', count: 3 }],
  items: [
    item(1, 'KR', '2024-10-13', null, 1500, null),
    item(2, 'US', '2024-10-23', 3000, null, null),
    item(3, 'UA', '2024-10-17', 8000, 10000, 12000),
  ],
};

describe('the estimate chart', () => {
  test('says each claim as a reader would', () => {
    expect(describeClaim({ low: 3000, best: null, high: null })).toBe('at least 3,000');
    expect(describeClaim({ low: null, best: null, high: 50 })).toBe('at most 50');
    expect(describeClaim({ low: 1, best: 2, high: 3 })).toBe('2 (1–3)');
    expect(describeClaim({ low: 3000, best: 4000, high: 5000 }, 'troops')).toBe(
      '4,000 troops (3,000–5,000)',
    );
    expect(describeClaim({ low: 3000, best: null, high: null }, 'troops')).toBe(
      'at least 3,000 troops',
    );
  });

  test('one series per claimant, each with its own colour', () => {
    const chart = buildEstimateChart(list);
    expect(chart.series.map((s) => s.id)).toEqual(['KR', 'UA', 'US']);
    expect(new Set(chart.series.map((s) => s.color)).size).toBe(3);
    expect(chart.path).toBe('/charts/estimates?quantity=Troops');
  });

  test('the SVG draws ranges as bars, open bounds as arrows, and links each claim to its event', () => {
    const svg = estimatesSvg(buildEstimateChart(list), 'https://example.org');
    expect(svg.match(/class="claim"/g)).toHaveLength(3);
    expect(svg).toContain('href="https://example.org/events/e-2"');
    expect(svg.match(/class="range open"/g)).toHaveLength(1);
    expect(svg.match(/class="range"/g)).toHaveLength(1);
  });

  test('the CSV has one row per claim with its bounds and source', () => {
    const csv = estimatesCsv(buildEstimateChart(list), 'https://example.org');
    const rows = csv.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rows[0]).toBe(
      'claimant,claimant_name,refers_to,low,best,high,unit,source_publisher,source_title,source_url,source_published,event',
    );
    expect(rows).toContain(
      'US,US,2024-10-23,3000,,,soldiers,Wire,T,,2024-10-23,https://example.org/events/e-2',
    );
  });
});
