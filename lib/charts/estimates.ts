import { scaleLinear, scaleUtc } from 'd3-scale';
import { formatPartialDate } from '../dates.ts';
import { localActorName } from '../actors/local-name.ts';
import { lastDayOf } from '../events/as-of.ts';
import type { EstimateList, EstimatePoint } from '../shapes/estimate.ts';

// The estimate tracker, shaped once for the page, the server SVG/PNG and the CSV: each
// claimant's claims over time, best values as points, low–high as error bars, an open bound
// (only "at least" or only "at most") as an arrow. Pure: no database, no DOM.

const PALETTE = ['#1d4f91', '#e08214', '#1b7837', '#b2182b', '#762a83', '#01665e', '#8c510a'];
const DAY = 86_400_000;

export interface EstimateMark {
  id: number;
  /** The day the figure refers to (a month or year is drawn at its middle). */
  t: number;
  refersTo: string;
  low: number | null;
  best: number | null;
  high: number | null;
  unit: string;
  event: { slug: string; title: string; titleKo?: string | null } | null;
  source: EstimatePoint['source'];
  notes: string | null;
  /** "about 10,000", "at least 3,000": the claim in words. */
  label: string;
  /** The claim with its unit: "at least 3,000 soldiers" (Korean: "최소 3,000명"). */
  claim: string;
}

export interface EstimateChart {
  title: string;
  units: string;
  quantity: string | null;
  /** The quantity in Korean; null: every quantity, or not translated. */
  quantityKo: string | null;
  asOf: string | null;
  /** The units claims are counted in, and how many claims: for the units line and footer. */
  unitNames: string[];
  claims: number;
  quantities: EstimateList['quantities'];
  /** `labelKo`: the claimant's Korean name (its short English one where there is none). */
  series: { id: string; label: string; labelKo: string; color: string; points: EstimateMark[] }[];
  start: number;
  end: number;
  yMax: number;
  footer: string[];
  key: string;
  path: string;
  fileBase: string;
}

const n = (v: number) => v.toLocaleString('en-US');

/**
 * The claim as a reader says it: "10,000", "at least 3,000", "4,000 (3,000–5,000)"; a unit
 * goes after the first figure ("4,000 troops (3,000–5,000)").
 */
export function describeClaim(
  e: Pick<EstimatePoint, 'low' | 'best' | 'high'>,
  unit?: string,
): string {
  const u = unit ? ` ${unit}` : '';
  const range =
    e.low !== null && e.high !== null
      ? `${n(e.low)}–${n(e.high)}`
      : e.low !== null
        ? `at least ${n(e.low)}`
        : e.high !== null
          ? `at most ${n(e.high)}`
          : '';
  if (e.best !== null) return range ? `${n(e.best)}${u} (${range})` : `${n(e.best)}${u}`;
  return range && `${range}${u}`;
}

function midDay(partial: string): number {
  const first = Date.parse(
    `${partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial}T00:00:00Z`,
  );
  const last = Date.parse(`${lastDayOf(partial)}T00:00:00Z`);
  return first + Math.round((last - first) / DAY / 2) * DAY;
}

export function estimateQueryString(q: { quantity?: string | null; asOf?: string | null }) {
  const p = new URLSearchParams();
  if (q.quantity) p.set('quantity', q.quantity);
  if (q.asOf) p.set('asOf', q.asOf);
  return p.toString();
}

export function buildEstimateChart(list: EstimateList): EstimateChart {
  const claimants = [...new Set(list.items.map((e) => e.claimant.code))].sort();
  const series = claimants.map((code, i) => {
    const items = list.items.filter((e) => e.claimant.code === code);
    return {
      id: code,
      label: items[0].claimant.name,
      labelKo: localActorName(items[0].claimant, 'ko').text,
      color: PALETTE[i % PALETTE.length],
      points: items.map((e) => ({
        id: e.id,
        t: midDay(e.refersTo),
        refersTo: e.refersTo,
        low: e.low,
        best: e.best,
        high: e.high,
        unit: e.unit,
        event: e.event,
        source: e.source,
        notes: e.notes,
        label: describeClaim(e),
        claim: describeClaim(e, e.unit),
      })),
    };
  });
  const times = series.flatMap((s) => s.points.map((p) => p.t));
  const lo = times.length ? Math.min(...times) : Date.UTC(new Date().getUTCFullYear(), 0, 1);
  const hi = times.length ? Math.max(...times) : lo + 30 * DAY;
  // A few days' margin either side, so the first and last claims are not on the frame.
  const pad = Math.max(3 * DAY, Math.round((hi - lo) * 0.05));
  const values = list.items.flatMap((e) => [e.low, e.best, e.high].filter((v) => v !== null));
  const units = [...new Set(list.items.map((e) => e.unit))];
  const quantity = list.quantity ?? 'Every quantity';
  const query = estimateQueryString(list);
  return {
    title: `${quantity}: who claimed how many, when`,
    units: `${units.join(', ') || 'Count'}; points: the figure claimed, bars: the range claimed, arrows: an open bound ("at least", "at most")`,
    quantity: list.quantity,
    quantityKo: (list.quantity && list.items.find((e) => e.quantityKo)?.quantityKo) || null,
    asOf: list.asOf,
    unitNames: units,
    claims: list.items.length,
    quantities: list.quantities,
    series,
    start: lo - pad,
    end: hi + pad,
    yMax: Math.max(1, ...values) * 1.15,
    footer: [
      `Sources: each claim's own source, listed with it (${list.items.length} claims).`,
      ...(list.asOf ? [`As publicly known on ${formatPartialDate(list.asOf)}.`] : []),
    ],
    key: '',
    path: `/charts/estimates${query ? `?${query}` : ''}`,
    fileBase: `estimates-${(list.quantity ?? 'all').toLowerCase().replace(/[^a-z0-9]+/g, '-')}${list.asOf ? `-as-of-${list.asOf}` : ''}`,
  };
}

/** Pixel geometry shared by the page's SVG and the server's: one mark per claim. */
export function layoutEstimates(
  chart: EstimateChart,
  box: { x0: number; x1: number; y0: number; y1: number },
) {
  const x = scaleUtc().domain([chart.start, chart.end]).range([box.x0, box.x1]);
  const y = scaleLinear().domain([0, chart.yMax]).nice().range([box.y1, box.y0]);
  const xTicks = x.ticks(6).map((d) => ({ x: x(d), label: d.toISOString().slice(0, 10) }));
  const yTicks = y.ticks(5).map((v) => ({ y: y(v), label: n(v) }));
  // Claims on the same day by different claimants sit side by side, not on top of each other.
  const offsets = new Map<number, number>();
  const marks = chart.series.flatMap((s) =>
    s.points.map((p) => {
      const seen = offsets.get(p.t) ?? 0;
      offsets.set(p.t, seen + 1);
      const px = x(p.t) + seen * 10;
      return {
        series: s.id,
        color: s.color,
        point: p,
        x: px,
        best: p.best !== null ? y(p.best) : null,
        low: p.low !== null ? y(p.low) : null,
        high: p.high !== null ? y(p.high) : null,
        /** Where an open bound's arrow ends: the top of the plot for "at least", zero for "at most". */
        openUp: p.low !== null && p.high === null,
        openDown: p.high !== null && p.low === null,
        top: box.y0,
        bottom: box.y1,
      };
    }),
  );
  return { marks, xTicks, yTicks };
}
