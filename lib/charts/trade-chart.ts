import { tradeQueryString, type TradeQuery } from '../schemas/trade.ts';
import {
  findCompilerBreaks,
  shapeTradePoints,
  type CompilerBreak,
  type TradeObservationInput,
  type TradePoint,
} from './trade.ts';
import { shortActorName as shortName } from '../actors/short-name.ts';
import { localActorName } from '../actors/local-name.ts';
import { MAX_LABELS, shortTitle } from './trade-annotations.ts';

// The whole trade chart as plain data: title, units, series, markers, footer, link and file
// name. The recharts component, the server SVG writer and the CSV all read this one object.

export interface ActorRef {
  code: string;
  name: string;
  /** The Korean name; null where nobody has entered one. */
  nameKo?: string | null;
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
  titleKo?: string | null;
  /** ISO date, first day covered. */
  date: string;
  actors: string[];
  /** 1–5 (the event's importance); labels go to the most important events first. */
  importance?: number;
  /** How many sources the event cites: among equally important events, the better attested first. */
  sourceCount?: number;
}
/** Years without a figure between two years with one: drawn and labelled "no data". */
export interface TradeGap {
  from: number;
  to: number;
}
interface TradeSeries {
  id: string;
  label: string;
  /** The label on Korean pages: Korean names, the short English one where there is none. */
  labelKo: string;
  /** The reporter's short name (the title says whose exports or imports). */
  reporter: string;
  reporterKo: string;
  color: string;
  points: TradePoint[];
  breaks: CompilerBreak[];
  /** Compiler families in the plotted years, for the footer: 'KOTRA … (2004–2014)'. */
  compilers: { family: string; from: number; to: number }[];
  gaps: TradeGap[];
}
export interface TradeMarker {
  slug: string;
  title: string;
  /** The Korean title; null where nobody has translated it. */
  titleKo: string | null;
  date: string;
  /** Fractional year, the x position (2024-07-01 → 2024.5). */
  x: number;
  /** The series it belongs to (default markers), or null for markers chosen by tag/actor. */
  seriesId: string | null;
  color: string;
  /** Short title shown beside the marker when it is among the labelled events. */
  label: string;
  /** Offered a label (the most important events); placement may still leave one out. */
  labelled: boolean;
}
export interface TradeChart {
  title: string;
  units: string;
  mode: TradeQuery['mode'];
  scale: TradeQuery['scale'];
  kind: TradeQuery['chart'];
  axes: TradeQuery['axes'];
  /** Series ids per panel: one panel, or one per series when their scales differ > 20× (small multiples). */
  panels: string[][];
  from: number;
  to: number;
  series: TradeSeries[];
  markers: TradeMarker[];
  /** Footer lines: who compiled the numbers, how many sources, and where they are listed. */
  footer: string[];
  /** Every source of a plotted figure, for the full list the footer links to. */
  sources: { publisher: string; title: string; url: string | null }[];
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
      return [s.id, { ...pairLabels(s.reporter, s.partner), color }];
    }),
  ) as Record<string, { label: string; labelKo: string; color: string }>;
}

/** "North Korea–China" and "북한–중국": a series named by its two actors in each language. */
export function pairLabels(reporter: ActorRef, partner: ActorRef) {
  const ko = (a: ActorRef) => localActorName(a, 'ko').text;
  return {
    label: `${shortName(reporter.name)}–${shortName(partner.name)}`,
    labelKo: `${ko(reporter)}–${ko(partner)}`,
  };
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
      reporter: shortName(s.reporter.name),
      reporterKo: localActorName(s.reporter, 'ko').text,
      points,
      breaks: findCompilerBreaks(points),
      compilers: compilerSpans(points),
      gaps: findGaps(points),
    };
  });
  const useDefault = !query.tag?.length && !query.actor?.length;
  const labelled = new Set(rankForLabels(markerInputs).slice(0, MAX_LABELS));
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
            titleKo: m.titleKo ?? null,
            date: m.date,
            x: fractionalYear(m.date),
            seriesId: owner?.id ?? null,
            color: owner ? style[owner.id].color : NEUTRAL_MARKER,
            label: shortTitle(m.title),
            labelled: labelled.has(m.slug),
          };
        });
  // Most important first, so the label placement gives them the room.
  const rank = rankForLabels(markerInputs);
  markers.sort((a, b) => rankOf(rank, a.slug) - rankOf(rank, b.slug));
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
    axes: query.axes,
    panels: splitPanels(series, query),
    from,
    to,
    series,
    markers,
    footer: footerLines(series),
    sources: sourcesOf(series),
    key: 'Dotted vertical line: the compiler changes (the line is not joined across it). Hollow point: low-confidence figure. Shaded band: no data. Triangle: an event.',
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

/** Compilers per series (with a break warning), the number of sources and where they are listed. */
function footerLines(series: TradeSeries[]): string[] {
  const lines = series.map((s) => {
    const parts = s.compilers.map((c) => `${c.family} (${span(c.from, c.to)})`);
    const brk = s.breaks.length
      ? `; compiler changes in ${s.breaks.map((b) => b.year).join(', ')}: figures on either side are not comparable`
      : '';
    return `${s.label} figures compiled by ${parts.join(', ') || 'nobody: no figures in these years'}${brk}.`;
  });
  const count = sourcesOf(series).length;
  // The publishers themselves are listed with the chart (the link every export ends with).
  if (count)
    lines.push(`${count} source${count === 1 ? '' : 's'}: listed in full with the chart online.`);
  return lines;
}

/** Each publication behind a plotted figure once, by publisher then title. */
function sourcesOf(series: TradeSeries[]): TradeChart['sources'] {
  const seen = new Map<string, TradeChart['sources'][number]>();
  for (const s of series)
    for (const p of s.points)
      if (p.value !== null && p.source) {
        const { publisher, title, url } = p.source;
        seen.set(`${publisher}\u0000${title}\u0000${url}`, { publisher, title, url });
      }
  return [...seen.values()].sort(
    (a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title),
  );
}

/** Runs of years with no figure between two years with one. */
function findGaps(points: TradePoint[]): TradeGap[] {
  const withData = points.map((p) => p.value !== null);
  const first = withData.indexOf(true);
  const last = withData.lastIndexOf(true);
  const gaps: TradeGap[] = [];
  for (let i = first + 1; first >= 0 && i < last; i++) {
    if (withData[i]) continue;
    const open = gaps.at(-1);
    if (open && open.to === points[i].year - 1) open.to = points[i].year;
    else gaps.push({ from: points[i].year, to: points[i].year });
  }
  return gaps;
}

/** Above this ratio of the largest values, the smaller series would lie flat on the axis. */
export const SPLIT_RATIO = 20;

/** One panel for all series, or one per series when their peaks differ more than 20× (linear absolute axes only). */
function splitPanels(series: TradeSeries[], query: TradeQuery): string[][] {
  const all = [series.map((s) => s.id)];
  if (query.axes === 'shared' || query.scale === 'log' || query.mode === 'yoy') return all;
  const peaks = series
    .map((s) => Math.max(0, ...s.points.map((p) => Math.abs(p.value ?? 0))))
    .filter((v) => v > 0);
  if (peaks.length < 2 || Math.max(...peaks) / Math.min(...peaks) <= SPLIT_RATIO) return all;
  return series.map((s) => [s.id]);
}

/** Slugs by label priority: importance, then the number of sources, then date. */
function rankForLabels(markers: MarkerInput[]): string[] {
  return [...markers]
    .sort(
      (a, b) =>
        (b.importance ?? 3) - (a.importance ?? 3) ||
        (b.sourceCount ?? 0) - (a.sourceCount ?? 0) ||
        a.date.localeCompare(b.date),
    )
    .map((m) => m.slug);
}
const rankOf = (rank: string[], slug: string) => rank.indexOf(slug);

/** The chart with only the series of one panel (same window, markers and footer). */
export function panelChart(chart: TradeChart, ids: string[]): TradeChart {
  return { ...chart, series: chart.series.filter((s) => ids.includes(s.id)), panels: [ids] };
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
