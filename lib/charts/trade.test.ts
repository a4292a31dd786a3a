import { describe, expect, test } from 'vitest';
import { compilerFamily } from './compilers.ts';
import { findCompilerBreaks, shapeTradePoints, type TradeObservationInput } from './trade.ts';

const src = { publisher: 'Wire', title: 't', url: null, publishedAt: null };
const obs = (
  year: number,
  valueUsd: number,
  compiler = 'KOTRA',
  extra: Partial<TradeObservationInput> = {},
): TradeObservationInput => ({
  year,
  flow: 'total',
  valueUsd,
  compiler,
  confidence: 'high',
  notes: null,
  source: src,
  ...extra,
});

describe('shapeTradePoints', () => {
  test('a year without a figure is a null point, never interpolated', () => {
    const points = shapeTradePoints(
      [obs(2010, 100), obs(2012, 300)],
      'total',
      2010,
      2012,
      'absolute',
    );
    expect(points.map((p) => p.value)).toEqual([100, null, 300]);
  });

  test('derives a total from exports and imports of the same compiler, and says so', () => {
    const points = shapeTradePoints(
      [
        obs(2008, 750, 'KOTRA', { flow: 'export' }),
        obs(2008, 2030, 'KOTRA', { flow: 'import', confidence: 'medium' }),
      ],
      'total',
      2008,
      2008,
      'absolute',
    );
    expect(points[0]).toMatchObject({ value: 2780, confidence: 'medium' });
    expect(points[0].caution).toMatch(/derived/i);
  });

  test('does not add exports and imports from different compilers', () => {
    const points = shapeTradePoints(
      [
        obs(2010, 1, 'China GAC customs data', { flow: 'export' }),
        obs(2010, 2, 'KOTRA', { flow: 'import' }),
      ],
      'total',
      2010,
      2010,
      'absolute',
    );
    expect(points[0].value).toBeNull();
  });

  test('flags low-confidence points with the reason', () => {
    const [p] = shapeTradePoints(
      [obs(2024, 34e6, 'Estimate by an official', { confidence: 'low' })],
      'total',
      2024,
      2024,
      'absolute',
    );
    expect(p.isLowConfidence).toBe(true);
    expect(p.caution).toBe('Low confidence: Estimate by an official');
  });

  test('year on year: percent change, none after a gap or across a compiler change', () => {
    const points = shapeTradePoints(
      [
        obs(2010, 100),
        obs(2011, 150),
        obs(2013, 120),
        obs(2014, 60, 'China GAC customs data'),
        obs(2015, 30, 'China GAC customs data'),
      ],
      'total',
      2010,
      2015,
      'yoy',
    );
    expect(points.map((p) => p.value)).toEqual([null, 50, null, null, null, -50]);
    expect(
      shapeTradePoints([obs(2010, 100), obs(2011, 150)], 'total', 2011, 2011, 'yoy')[0].value,
    ).toBe(50);
    expect(points[3].caution).toMatch(/no figure for 2012/);
    expect(points[4].caution).toMatch(/another compiler/);
    expect(points[5].valueUsd).toBe(30);
  });
});

describe('compiler breaks', () => {
  test('South Korean compilations until 2016 and China customs from 2017 make one break in 2017', () => {
    const points = shapeTradePoints(
      [
        obs(2015, 5, 'KOTRA'),
        obs(2016, 6, 'Statistics Korea (via Yonhap)'),
        obs(2017, 5, 'China GAC customs data (via Global Times)'),
        obs(2019, 3, 'China GAC customs data'),
      ],
      'total',
      2015,
      2019,
      'absolute',
    );
    expect(findCompilerBreaks(points)).toEqual([
      { year: 2017, from: compilerFamily('KOTRA'), to: compilerFamily('China GAC customs data') },
    ]);
  });

  test('families group KOTRA, KITA and Statistics Korea; unknown compilers stand alone', () => {
    expect(compilerFamily('KITA; reported')).toBe(
      compilerFamily('Statistics Korea (KOTRA-compiled)'),
    );
    expect(compilerFamily('ITC (via Yonhap)')).toBe('ITC Trade Map');
    expect(compilerFamily('Some ministry')).toBe('Some ministry');
  });
});

describe('lineRuns', () => {
  test('splits a series at gaps and at compiler changes', async () => {
    const { lineRuns } = await import('./trade-chart.ts');
    const points = shapeTradePoints(
      [obs(2010, 1), obs(2011, 2), obs(2013, 3), obs(2014, 4, 'China GAC customs data')],
      'total',
      2010,
      2014,
      'absolute',
    );
    expect(lineRuns({ points }).map((r) => r.values)).toEqual([
      [1, 2, null, null, null],
      [null, null, null, 3, null],
      [null, null, null, null, 4],
    ]);
  });
});
