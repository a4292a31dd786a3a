import type { TradeFlow } from '../schemas/enums.ts';
import { compilerFamily } from './compilers.ts';

// Trade observations → chart series. Pure: the page, /api/trade and the server exports
// all draw from what this returns, so every output shows the same numbers.

export type Confidence = 'high' | 'medium' | 'low';

interface TradeSourceRef {
  publisher: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
}

/** One annual figure as stored (nominal US dollars). */
export interface TradeObservationInput {
  year: number;
  flow: TradeFlow;
  valueUsd: number;
  compiler: string;
  confidence: Confidence;
  notes: string | null;
  source: TradeSourceRef;
}

export interface TradePoint {
  year: number;
  /** US dollars (absolute) or percent (yoy); null is a gap: no figure, never interpolated. */
  value: number | null;
  /** The reported figure in US dollars, also in yoy mode. */
  valueUsd: number | null;
  compiler: string | null;
  compilerFamily: string | null;
  confidence: Confidence | null;
  /** Set when the point must be read with care (low confidence, derived total, no comparable base). */
  caution: string | null;
  isLowConfidence: boolean;
  source: TradeSourceRef | null;
}

export interface CompilerBreak {
  /** First year of the new compiler family. */
  year: number;
  from: string;
  to: string;
}

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** The figure for one year and flow: the most confident one; for total, exports + imports of one compiler when no total is reported. */
function pick(
  obs: TradeObservationInput[],
  year: number,
  flow: TradeFlow,
): (TradeObservationInput & { derived?: boolean }) | null {
  const direct = obs
    .filter((o) => o.year === year && o.flow === flow)
    .sort((a, b) => RANK[a.confidence] - RANK[b.confidence]);
  if (direct.length) return direct[0];
  if (flow !== 'total') return null;
  const ex = pick(obs, year, 'export');
  const im = pick(obs, year, 'import');
  if (!ex || !im || compilerFamily(ex.compiler) !== compilerFamily(im.compiler)) return null;
  const worst = RANK[ex.confidence] >= RANK[im.confidence] ? ex.confidence : im.confidence;
  return { ...im, valueUsd: ex.valueUsd + im.valueUsd, confidence: worst, derived: true };
}

/**
 * One point per year from `from` to `to` inclusive; a year without a figure is a null
 * point (a gap). In 'yoy' mode the value is the percent change on the year before, and is
 * null when that year is missing or from another compiler family (not comparable).
 */
export function shapeTradePoints(
  obs: TradeObservationInput[],
  flow: TradeFlow,
  from: number,
  to: number,
  mode: 'absolute' | 'yoy',
): TradePoint[] {
  const points: TradePoint[] = [];
  // yoy needs the year before the window for its first change.
  const first = mode === 'yoy' ? from - 1 : from;
  for (let year = first; year <= to; year++) {
    const o = pick(obs, year, flow);
    if (!o) {
      points.push({
        year,
        value: null,
        valueUsd: null,
        compiler: null,
        compilerFamily: null,
        confidence: null,
        caution: null,
        isLowConfidence: false,
        source: null,
      });
      continue;
    }
    const isLow = o.confidence === 'low';
    const notes = [
      isLow ? `Low confidence: ${o.notes ?? o.compiler}` : null,
      o.derived ? `Total derived: exports + imports reported by ${o.compiler}` : null,
    ].filter(Boolean);
    points.push({
      year,
      value: o.valueUsd,
      valueUsd: o.valueUsd,
      compiler: o.compiler,
      compilerFamily: compilerFamily(o.compiler),
      confidence: o.confidence,
      caution: notes.length ? notes.join('. ') : null,
      isLowConfidence: isLow,
      source: o.source,
    });
  }
  return mode === 'yoy' ? toYearOnYear(points).slice(1) : points;
}

function toYearOnYear(points: TradePoint[]): TradePoint[] {
  return points.map((p, i) => {
    const prev = points[i - 1];
    if (p.valueUsd === null) return p;
    if (!prev || prev.valueUsd === null || prev.valueUsd === 0) {
      return {
        ...p,
        value: null,
        caution: join(p.caution, `No change shown: no figure for ${p.year - 1}`),
      };
    }
    if (prev.compilerFamily !== p.compilerFamily) {
      return {
        ...p,
        value: null,
        caution: join(p.caution, `No change shown: ${p.year - 1} comes from another compiler`),
      };
    }
    return { ...p, value: Math.round(((p.valueUsd - prev.valueUsd) / prev.valueUsd) * 1000) / 10 };
  });
}

const join = (a: string | null, b: string) => (a ? `${a}. ${b}` : b);

/** A break wherever the compiler family changes between consecutive figures (gaps skipped). */
export function findCompilerBreaks(points: TradePoint[]): CompilerBreak[] {
  const breaks: CompilerBreak[] = [];
  let last: string | null = null;
  for (const p of points) {
    if (p.compilerFamily === null) continue;
    if (last !== null && p.compilerFamily !== last)
      breaks.push({ year: p.year, from: last, to: p.compilerFamily });
    last = p.compilerFamily;
  }
  return breaks;
}
