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
  /** The same as parts, so a page in another language can word them (chart-texts.ts). */
  cautions: CautionNote[];
  isLowConfidence: boolean;
  source: TradeSourceRef | null;
}

/** One reason to read a point with care; `caution` is these in English. */
export type CautionNote =
  | { kind: 'lowConfidence'; note: string }
  | { kind: 'derived'; compiler: string }
  | { kind: 'noPrevious'; year: number }
  | { kind: 'otherCompiler'; year: number };

/** The notes in English, as `caution` and the API carry them. */
export function cautionText(notes: readonly CautionNote[]): string | null {
  if (!notes.length) return null;
  return notes
    .map((n) =>
      n.kind === 'lowConfidence'
        ? `Low confidence: ${n.note}`
        : n.kind === 'derived'
          ? `Total derived: exports + imports reported by ${n.compiler}`
          : n.kind === 'noPrevious'
            ? `No change shown: no figure for ${n.year}`
            : `No change shown: ${n.year} comes from another compiler`,
    )
    .join('. ');
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
        cautions: [],
        isLowConfidence: false,
        source: null,
      });
      continue;
    }
    const isLow = o.confidence === 'low';
    const notes: CautionNote[] = [
      ...(isLow ? [{ kind: 'lowConfidence' as const, note: o.notes ?? o.compiler }] : []),
      ...(o.derived ? [{ kind: 'derived' as const, compiler: o.compiler }] : []),
    ];
    points.push({
      year,
      value: o.valueUsd,
      valueUsd: o.valueUsd,
      compiler: o.compiler,
      compilerFamily: compilerFamily(o.compiler),
      confidence: o.confidence,
      caution: cautionText(notes),
      cautions: notes,
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
      return withNote(p, { kind: 'noPrevious', year: p.year - 1 });
    }
    if (prev.compilerFamily !== p.compilerFamily) {
      return withNote(p, { kind: 'otherCompiler', year: p.year - 1 });
    }
    return { ...p, value: Math.round(((p.valueUsd - prev.valueUsd) / prev.valueUsd) * 1000) / 10 };
  });
}

/** A point with no value shown, and the note that says why. */
function withNote(p: TradePoint, note: CautionNote): TradePoint {
  const cautions = [...p.cautions, note];
  return { ...p, value: null, caution: cautionText(cautions), cautions };
}

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
