import { tradeQueryString, type TradeQuery } from '../schemas/trade.ts';
import {
  findCompilerBreaks,
  shapeTradePoints,
  type CompilerBreak,
  type TradeObservationInput,
  type TradePoint,
} from './trade.ts';
import { shortActorName as shortName } from '../actors/short-name.ts';

// The whole trade chart as plain data: title, units, series, markers, footer, link and file
// name. The recharts component, the server SVG writer and the CSV all read this one object.

export interface ActorRef {
  code: string;
  name: string;
  color: string | null;
}
export interface SeriesInput {
  id: string;
  reporter: ActorRef;
  partner: ActorRef;
  observations: TradeObservationInput[];
}
export interface MarkerInput {
  slug: string;
  title: string;
  /** ISO date, first day covered. */
  date: string;
  actors: string[];
}
interface TradeSeries {
  id: string;
  label: string;
  color: string;
  points: TradePoint[];
  breaks: CompilerBreak[];
  /** Compiler families in the plotted years, for the footer: 'KOTRA … (2004–2014)'. */
  compilers: { family: string; from: number; to: number }[];
}
export interface TradeMarker {
  slug: string;
  title: string;
  date: string;
  /** Fractional year, the x position (2024-07-01 → 2024.5). */
  x: number;
  /** The series it belongs to (default markers), or null for markers chosen by tag/actor. */
  seriesId: string | null;
  color: string;
}
export interface TradeChart {
  title: string;
  units: string;
  mode: TradeQuery['mode'];
  scale: TradeQuery['scale'];
  kind: TradeQuery['chart'];
  from: number;
  to: number;
  series: TradeSeries[];
  markers: TradeMarker[];
  /** Footer lines: who compiled the numbers and where they were reported. */
  footer: string[];
  /** How to read the marks: breaks, low confidence, events. */
  key: string;
  /** Path and query that reproduce the chart; prefix the site origin for a full link. */
  path: string;
  fileBase: string;
}

const FALLBACK = ['#1d4f91', '#1b7837', '#762a83', '#8c510a', '#01665e', '#4d4d4d'];
const NEUTRAL_MARKER = '#4f5869';

/** Colour and label per series id, from the partner's actor colour (the reporter is shared). */
function seriesStyle(inputs: Pick<SeriesInput, 'id' | 'reporter' | 'partner'>[]) {
  const used = new Set<string>();
  return Object.fromEntries(
    inputs.map((s, i) => {
      let color = s.partner.color ?? s.reporter.color ?? FALLBACK[i % FALLBACK.length];
      if (used.has(color)) color = FALLBACK.find((c) => !used.has(c)) ?? color;
      used.add(color);
      return [s.id, { label: `${shortName(s.reporter.name)}–${shortName(s.partner.name)}`, color }];
    }),
  ) as Record<string, { label: string; color: string }>;
}

/** Years with any figure, to default the window to the data. */
function dataYears(inputs: SeriesInput[]): { min: number; max: number } | null {
  const years = inputs.flatMap((s) => s.observations.map((o) => o.year));
  return years.length ? { min: Math.min(...years), max: Math.max(...years) } : null;
}

export function fractionalYear(isoDate: string): number {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const y = d.getUTCFullYear();
  const start = Date.UTC(y, 0, 1);
  return y + (d.getTime() - start) / (Date.UTC(y + 1, 0, 1) - start);
}

const FLOW_WORDS = { total: 'Total trade', export: 'Exports', import: 'Imports' } as const;

export function buildTradeChart(
  query: TradeQuery,
  inputs: SeriesInput[],
  markerInputs: MarkerInput[],
): TradeChart {
  const extent = dataYears(inputs);
  const from = query.from ?? extent?.min ?? 2004;
  const to = query.to ?? Math.max(extent?.max ?? from, from);
  const style = seriesStyle(inputs);
  const series: TradeSeries[] = inputs.map((s) => {
    const points = shapeTradePoints(s.observations, query.flow, from, to, query.mode);
    return {
      id: s.id,
      ...style[s.id],
      points,
      breaks: findCompilerBreaks(points),
      compilers: compilerSpans(points),
    };
  });
  const useDefault = !query.tag?.length && !query.actor?.length;
  const markers: TradeMarker[] =
    query.markers === 'off'
      ? []
      : markerInputs.map((m) => {
          const owner = useDefault
            ? inputs.find(
                (s) => m.actors.includes(s.reporter.code) && m.actors.includes(s.partner.code),
              )
            : undefined;
          return {
            slug: m.slug,
            title: m.title,
            date: m.date,
            x: fractionalYear(m.date),
            seriesId: owner?.id ?? null,
            color: owner ? style[owner.id].color : NEUTRAL_MARKER,
          };
        });
  const flowWord = FLOW_WORDS[query.flow];
  const names = series.map((s) => s.label).join(', ');
  const reporter = inputs.length ? shortName(inputs[0].reporter.name) : '';
  const sameReporter = inputs.every((s) => s.reporter.code === inputs[0]?.reporter.code);
  const direction =
    query.flow === 'total' || !sameReporter
      ? ''
      : query.flow === 'export'
        ? ` (${reporter}'s exports)`
        : ` (${reporter}'s imports)`;
  return {
    title: `${flowWord}${direction}: ${names || 'no series'}, ${from}–${to}`,
    units:
      query.mode === 'yoy'
        ? 'Change on the previous year, % (of nominal US dollars)'
        : 'Nominal US dollars per year',
    mode: query.mode,
    scale: query.scale,
    kind: query.chart,
    from,
    to,
    series,
    markers,
    footer: footerLines(series),
    key: 'Dotted vertical line: the compiler changes (the line is not joined across it). Hollow point: low-confidence figure. Triangle: an event.',
    path: `/charts/trade?${tradeQueryString(query)}`,
    fileBase: `trade-${series.map((s) => s.id).join('_') || 'none'}-${from}-${to}`,
  };
}

function compilerSpans(points: TradePoint[]): TradeSeries['compilers'] {
  const spans: TradeSeries['compilers'] = [];
  for (const p of points) {
    if (!p.compilerFamily || p.value === null) continue;
    const last = spans.at(-1);
    if (last && last.family === p.compilerFamily) last.to = p.year;
    else spans.push({ family: p.compilerFamily, from: p.year, to: p.year });
  }
  return spans;
}

const span = (a: number, b: number) => (a === b ? String(a) : `${a}–${b}`);

/** Compilers per series (with a break warning) and every publisher of a plotted number. */
function footerLines(series: TradeSeries[]): string[] {
  const lines = series.map((s) => {
    const parts = s.compilers.map((c) => `${c.family} (${span(c.from, c.to)})`);
    const brk = s.breaks.length
      ? `; compiler changes in ${s.breaks.map((b) => b.year).join(', ')}: figures on either side are not comparable`
      : '';
    return `${s.label} figures compiled by ${parts.join(', ') || 'nobody: no figures in these years'}${brk}.`;
  });
  const publishers = new Set<string>();
  for (const s of series)
    for (const p of s.points) if (p.value !== null && p.source) publishers.add(p.source.publisher);
  if (publishers.size) lines.push(`Reported by: ${[...publishers].sort().join('; ')}.`);
  return lines;
}

/**
 * Runs of consecutive figures from one compiler family: lines are drawn per run, so no
 * line joins two compilers or bridges a missing year. `values` has one entry per year.
 */
export function lineRuns(s: Pick<TradeSeries, 'points'>): { values: (number | null)[] }[] {
  const runs: { values: (number | null)[] }[] = [];
  let current: (number | null)[] | null = null;
  let family: string | null = null;
  s.points.forEach((p, i) => {
    if (p.value === null) {
      current = null;
      return;
    }
    if (!current || p.compilerFamily !== family) {
      current = s.points.map(() => null);
      runs.push({ values: current });
    }
    current[i] = p.value;
    family = p.compilerFamily;
  });
  return runs;
}

/** The plotted points only (gaps left out), in series then year order: the CSV and /api/trade rows. */
export function plottedRows(chart: TradeChart) {
  return chart.series.flatMap((s) =>
    s.points
      .filter((p) => p.value !== null)
      .map((p) => ({ series: s.id, label: s.label, point: p })),
  );
}
