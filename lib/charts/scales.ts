import { scaleLinear, scaleLog } from 'd3-scale';
import type { TradeChart } from './trade-chart.ts';

// Scales and ticks shared by the recharts component (domain and ticks) and the server SVG
// writer (positions), so both draw the same axes.

interface ValueAxis {
  domain: [number, number];
  ticks: number[];
  kind: 'linear' | 'log';
}

/** The y axis: log scales need positive values, so their domain starts at the smallest positive figure. */
export function valueAxis(chart: Pick<TradeChart, 'series' | 'scale'>, tickCount = 6): ValueAxis {
  const values = chart.series
    .flatMap((s) => s.points.map((p) => p.value))
    .filter((v): v is number => v !== null);
  if (chart.scale === 'log') {
    const positive = values.filter((v) => v > 0);
    const lo = positive.length ? Math.min(...positive) : 1;
    const hi = positive.length ? Math.max(...positive) : 10;
    const s = scaleLog()
      .domain([lo, Math.max(hi, lo * 10)])
      .nice();
    const [d0, d1] = s.domain() as [number, number];
    // Powers of ten only: intermediate log ticks crowd the axis.
    const ticks = s
      .ticks()
      .filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);
    return { domain: [d0, d1], ticks, kind: 'log' };
  }
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const s = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(tickCount);
  return { domain: s.domain() as [number, number], ticks: s.ticks(tickCount), kind: 'linear' };
}

/** Whole years only; a long window gets every 2nd or 5th year. */
export function yearTicks(from: number, to: number, maxTicks = 12): number[] {
  const span = to - from;
  const step = [1, 2, 5, 10, 20].find((s) => span / s < maxTicks) ?? 25;
  const ticks: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push(y);
  if (!ticks.length) ticks.push(from);
  return ticks;
}

/** Pixel scales for the server SVG (recharts builds its own from the same domain and ticks). */
export function pixelScales(
  chart: Pick<TradeChart, 'series' | 'scale' | 'from' | 'to'>,
  box: { x0: number; x1: number; y0: number; y1: number },
) {
  const axis = valueAxis(chart);
  // Half a year of padding so the first and last points (and bars) are not on the frame.
  const x = scaleLinear()
    .domain([chart.from - 0.5, chart.to + 0.5])
    .range([box.x0, box.x1]);
  const y = (axis.kind === 'log' ? scaleLog() : scaleLinear())
    .domain(axis.domain)
    .range([box.y1, box.y0])
    .clamp(true);
  return { x, y, axis, xTicks: yearTicks(chart.from, chart.to) };
}

const UNITS: [number, string][] = [
  [1e9, 'bn'],
  [1e6, 'm'],
  [1e3, 'k'],
];

const KO_COMPACT = new Intl.NumberFormat('ko', {
  notation: 'compact',
  maximumSignificantDigits: 3,
});

/**
 * $5.06bn, $335m, $714k; or +12.5% in yoy mode (whole percent on axis ticks). In Korean
 * ('ko') by Intl's compact notation, which counts in 만/억 (23억 달러, 3.35억 달러): nominal
 * US dollars, named as Korean newsrooms write them.
 */
export function formatValue(
  value: number,
  mode: 'absolute' | 'yoy',
  isTick = false,
  locale = 'en',
): string {
  if (mode === 'yoy') return `${value > 0 ? '+' : ''}${value.toFixed(isTick ? 0 : 1)}%`;
  if (locale === 'ko') return `${value < 0 ? '-' : ''}${KO_COMPACT.format(Math.abs(value))} 달러`;
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const [size, suffix] of UNITS) {
    if (abs >= size) return `${sign}$${Number((abs / size).toPrecision(3))}${suffix}`;
  }
  return `${sign}$${abs}`;
}
