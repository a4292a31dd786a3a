import type { Locale } from '../i18n/localized.ts';
import { chartsTranslator, localePath } from './chart-texts.ts';
import { formatValue, pixelScales } from './scales.ts';
import {
  LABEL_BAND,
  LABEL_FONT_SIZE,
  labelBaseline,
  placeMarkerLabels,
  type PlacedLabel,
} from './trade-annotations.ts';
import { lineRuns, panelChart, type TradeChart } from './trade-chart.ts';

// The chart as a standalone SVG, written by hand because recharts renders nothing under
// react-dom/server (recharts#5997). Same data, scales, ticks, colours and labels as the page.

export const SVG_WIDTH = 960;
export const CHART_FONT = 'Inter';
/** For Hangul (lib/charts/raster.ts gives resvg this face); quoted: the name has spaces. */
export const CHART_FONT_KO = "'Noto Sans KR'";
const PLOT = { left: 84, right: 24, top: 104, height: 340 };
const LINE = 16;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap by character count (12 px Inter averages about 6.6 px a character). */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Title, units and legend: the top 92 px of every export, server-written or from the page. */
export function svgHeader(chart: {
  title: string;
  units: string;
  series: { label: string; color: string }[];
}): string {
  const out = [
    `<text x="24" y="36" font-size="20" font-weight="700">${esc(chart.title)}</text>`,
    `<text x="24" y="58" font-size="13" fill="#4f5869">${esc(chart.units)}</text>`,
  ];
  let lx = 24;
  for (const s of chart.series) {
    out.push(`<rect x="${lx}" y="72" width="14" height="14" rx="3" fill="${s.color}"/>`);
    out.push(`<text x="${lx + 20}" y="84" font-size="13">${esc(s.label)}</text>`);
    lx += 40 + s.label.length * 7.4;
  }
  return out.join('\n');
}
export const HEADER_HEIGHT = 92;

/** The exported file around a chart's marks: white background, the chart font, its title. */
export function svgDocument(title: string, width: number, height: number, body: string[]): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}, ${CHART_FONT_KO}, sans-serif" fill="#1a1f2b">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** Sources and the link that reproduces the chart, from `top` down; `bottom` is where it ends. */
export function svgFooter(
  chart: Pick<TradeChart, 'footer' | 'path' | 'key'>,
  origin: string,
  width: number,
  top: number,
  locale: Locale = 'en',
) {
  const url = `${origin}${localePath(chart.path, locale)}`;
  const lines = [
    ...(chart.key ? [chart.key] : []),
    ...chart.footer,
    chartsTranslator(locale)('exportLink', { url }),
  ].flatMap((l) => wrap(l, Math.floor((width - 48) / 6.6)));
  const markup = lines
    .map(
      (l, i) => `<text x="24" y="${top + i * LINE}" font-size="12" fill="#4f5869">${esc(l)}</text>`,
    )
    .join('\n');
  return { markup, bottom: top + lines.length * LINE };
}

/** Height of one panel when the chart is split into small multiples. */
const PANEL_HEIGHT = 220;
const PANEL_GAP = 56;

/** `locale`: the language of the words the SVG adds (pass a chart localized the same way). */
export function tradeSvg(chart: TradeChart, origin: string, locale: Locale = 'en'): string {
  const t = chartsTranslator(locale);
  const W = SVG_WIDTH;
  const out: string[] = [];
  const text = (tx: number, ty: number, s: string, attrs = '') =>
    out.push(`<text x="${tx}" y="${ty}"${attrs}>${esc(s)}</text>`);

  out.push(svgHeader(chart));

  const split = chart.panels.length > 1;
  const labelled = chart.markers.some((m) => m.labelled);
  const top = PLOT.top + (labelled ? LABEL_BAND - 12 : 0);
  const height = split ? PANEL_HEIGHT : PLOT.height;
  let y0 = top;
  let firstBox: { x0: number; x1: number; y0: number } | null = null;
  let xScale: Scale | null = null;
  for (const ids of chart.panels) {
    const panel = panelChart(chart, ids);
    const box = { x0: PLOT.left, x1: W - PLOT.right, y0, y1: y0 + height };
    const { x, y, axis, xTicks } = pixelScales(panel, box);
    firstBox ??= box;
    xScale ??= x;
    if (split)
      text(
        box.x0,
        box.y0 - 8,
        t('trade.ownScale', { names: panel.series[0].label }),
        ' font-size="13" font-weight="600"',
      );
    // Axes and grid.
    for (const tick of axis.ticks) {
      const ty = y(tick).toFixed(1);
      out.push(`<line x1="${box.x0}" x2="${box.x1}" y1="${ty}" y2="${ty}" stroke="#d8dde6"/>`);
      text(
        box.x0 - 8,
        Number(ty) + 4,
        formatValue(tick, chart.mode, true, locale),
        ' font-size="12" text-anchor="end" fill="#4f5869"',
      );
    }
    out.push(
      `<line x1="${box.x0}" x2="${box.x1}" y1="${box.y1}" y2="${box.y1}" stroke="#4f5869"/>`,
    );
    for (const year of xTicks)
      text(
        x(year),
        box.y1 + 18,
        String(year),
        ' font-size="12" text-anchor="middle" fill="#4f5869"',
      );
    drawGaps(panel, out, x, box, t);
    // Compiler breaks: dashed, between the last year of one compiler and the first of the next.
    for (const s of panel.series) {
      for (const b of s.breaks) {
        const bx = x(b.year - 0.5).toFixed(1);
        out.push(
          `<g class="compiler-break"><title>${esc(t('trade.breakTitle', { label: s.label, before: b.from, last: b.year - 1, after: b.to, year: b.year }))}</title>`,
        );
        out.push(
          `<line x1="${bx}" x2="${bx}" y1="${box.y0}" y2="${box.y1}" stroke="${s.color}" stroke-dasharray="2 4" stroke-width="1.5"/></g>`,
        );
      }
    }
    // Event lines through every panel, so an event can be read against each series.
    for (const m of visibleMarkers(chart)) {
      const mx = x(m.x).toFixed(1);
      out.push(
        `<line x1="${mx}" x2="${mx}" y1="${box.y0}" y2="${box.y1}" stroke="${m.color}" stroke-opacity="0.35"/>`,
      );
    }
    drawSeries(panel, out, x, y, box, locale);
    y0 = box.y1 + PANEL_GAP;
  }

  // Event markers above the first panel: a triangle linking to the event, and the labels.
  if (firstBox && xScale) {
    const x = xScale;
    const box = firstBox;
    for (const m of visibleMarkers(chart)) {
      const mx = x(m.x).toFixed(1);
      out.push(
        `<a href="${esc(origin + '/events/' + m.slug)}"><title>${esc(`${m.date}: ${m.title}`)}</title>`,
      );
      out.push(`<path d="M${Number(mx) - 5},${box.y0 - 9} h10 l-5,8 z" fill="${m.color}"/></a>`);
    }
    const placed = placeMarkerLabels(
      visibleMarkers(chart)
        .filter((m) => m.labelled)
        .map((m) => ({ slug: m.slug, label: m.label, x: x(m.x) })),
      { left: box.x0, right: box.x1 },
    );
    for (const l of placed) out.push(labelMarkup(l, box.y0));
  }

  const footer = svgFooter(chart, origin, W, y0 - PANEL_GAP + 48, locale);
  out.push(footer.markup);
  return svgDocument(chart.title, W, footer.bottom + 8, out);
}

const visibleMarkers = (chart: TradeChart) =>
  chart.markers.filter((m) => m.x >= chart.from - 0.5 && m.x <= chart.to + 0.5);

/** A label and its leader line down to the marker triangle (same markup as the page's). */
export function labelMarkup(l: PlacedLabel, plotTop: number): string {
  const base = labelBaseline(plotTop, l.row);
  return [
    `<g class="marker-label" data-slug="${esc(l.slug)}">`,
    `<line x1="${l.x.toFixed(1)}" x2="${l.x.toFixed(1)}" y1="${base + 3}" y2="${plotTop - 10}" stroke="#8a93a3" stroke-width="1"/>`,
    `<text x="${l.textX.toFixed(1)}" y="${base}" font-size="${LABEL_FONT_SIZE}" text-anchor="${l.anchor}" fill="#1a1f2b">${esc(l.label)}</text>`,
    '</g>',
  ].join('');
}

/** Years without figures: a light band across the panel, labelled "no data". */
function drawGaps(
  chart: TradeChart,
  out: string[],
  x: Scale,
  box: { y0: number; y1: number },
  t: ReturnType<typeof chartsTranslator>,
) {
  chart.series.forEach((s, i) => {
    for (const g of s.gaps) {
      const gx = x(g.from - 0.5);
      const w = x(g.to + 0.5) - gx;
      const gap = t('trade.gap');
      const what = chart.series.length > 1 ? t('trade.seriesGap', { label: s.label }) : gap;
      const years = g.from === g.to ? String(g.from) : `${g.from}–${g.to}`;
      out.push(
        `<g class="no-data"><title>${esc(t('trade.gapTitle', { label: s.label, years }))}</title><rect x="${gx.toFixed(1)}" y="${box.y0}" width="${w.toFixed(1)}" height="${box.y1 - box.y0}" fill="#eef0f4"/>`,
      );
      out.push(
        `<text x="${(gx + w / 2).toFixed(1)}" y="${box.y1 - 10 - i * 14}" font-size="11" text-anchor="middle" fill="#4f5869">${esc(w < 44 ? gap : what)}</text></g>`,
      );
    }
  });
}

type Scale = (v: number) => number;

function drawSeries(
  chart: TradeChart,
  out: string[],
  x: Scale,
  y: Scale,
  box: { y1: number },
  locale: Locale,
) {
  const n = chart.series.length;
  const band = Math.abs(x(1) - x(0)) * 0.8;
  chart.series.forEach((s, i) => {
    out.push(`<g class="series" data-series="${s.id}"><title>${s.label}</title>`);
    if (chart.kind === 'bar') {
      const w = band / n;
      const base = chart.scale === 'log' ? box.y1 : y(0);
      for (const p of s.points) {
        if (p.value === null) continue;
        const bx = x(p.year) - band / 2 + i * w;
        const top = Math.min(y(p.value), base);
        const h = Math.abs(base - y(p.value));
        const style = p.isLowConfidence
          ? ` fill-opacity="0.35" stroke="${s.color}" stroke-dasharray="3 2"`
          : '';
        out.push(
          `<rect x="${bx.toFixed(1)}" y="${top.toFixed(1)}" width="${(w - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${s.color}"${style}><title>${esc(pointTitle(s.label, p, chart.mode, locale))}</title></rect>`,
        );
      }
    } else {
      // One path per run of one compiler's consecutive years: never across a gap or a break.
      let d = '';
      for (const run of lineRuns(s)) {
        let pen = false;
        run.values.forEach((v, k) => {
          if (v === null) return;
          d += `${pen ? 'L' : 'M'}${x(s.points[k].year).toFixed(1)},${y(v).toFixed(1)}`;
          pen = true;
        });
      }
      if (d) out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"/>`);
      for (const p of s.points) {
        if (p.value === null) continue;
        const fill = p.isLowConfidence ? '#ffffff' : s.color;
        const dash = p.isLowConfidence ? ' stroke-dasharray="2 2"' : '';
        out.push(
          `<circle cx="${x(p.year).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="4" fill="${fill}" stroke="${s.color}" stroke-width="2"${dash}><title>${esc(pointTitle(s.label, p, chart.mode, locale))}</title></circle>`,
        );
      }
    }
    out.push('</g>');
  });
}

function pointTitle(
  label: string,
  p: TradeChart['series'][number]['points'][number],
  mode: 'absolute' | 'yoy',
  locale: Locale,
) {
  return [
    `${label} ${p.year}: ${formatValue(p.value ?? 0, mode, false, locale)}`,
    p.compiler,
    p.caution,
  ]
    .filter(Boolean)
    .join(' — ');
}
