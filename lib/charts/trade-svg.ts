import { formatValue, pixelScales } from './scales.ts';
import { lineRuns, type TradeChart } from './trade-chart.ts';

// The chart as a standalone SVG, written by hand because recharts renders nothing under
// react-dom/server (recharts#5997). Same data, scales, ticks, colours and labels as the page.

export const SVG_WIDTH = 960;
export const CHART_FONT = 'Inter';
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}, sans-serif" fill="#1a1f2b">`,
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
) {
  const lines = [
    ...(chart.key ? [chart.key] : []),
    ...chart.footer,
    `Chart: ${origin}${chart.path}`,
  ].flatMap((l) => wrap(l, Math.floor((width - 48) / 6.6)));
  const markup = lines
    .map(
      (l, i) => `<text x="24" y="${top + i * LINE}" font-size="12" fill="#4f5869">${esc(l)}</text>`,
    )
    .join('\n');
  return { markup, bottom: top + lines.length * LINE };
}

export function tradeSvg(chart: TradeChart, origin: string): string {
  const W = SVG_WIDTH;
  const box = { x0: PLOT.left, x1: W - PLOT.right, y0: PLOT.top, y1: PLOT.top + PLOT.height };
  const { x, y, axis, xTicks } = pixelScales(chart, box);
  const out: string[] = [];
  const text = (tx: number, ty: number, s: string, attrs = '') =>
    out.push(`<text x="${tx}" y="${ty}"${attrs}>${esc(s)}</text>`);

  out.push(svgHeader(chart));

  // Axes and grid.
  for (const t of axis.ticks) {
    const ty = y(t).toFixed(1);
    out.push(`<line x1="${box.x0}" x2="${box.x1}" y1="${ty}" y2="${ty}" stroke="#d8dde6"/>`);
    text(
      box.x0 - 8,
      Number(ty) + 4,
      formatValue(t, chart.mode, true),
      ' font-size="12" text-anchor="end" fill="#4f5869"',
    );
  }
  out.push(`<line x1="${box.x0}" x2="${box.x1}" y1="${box.y1}" y2="${box.y1}" stroke="#4f5869"/>`);
  for (const t of xTicks)
    text(x(t), box.y1 + 18, String(t), ' font-size="12" text-anchor="middle" fill="#4f5869"');

  // Compiler breaks: dashed, between the last year of one compiler and the first of the next.
  for (const s of chart.series) {
    for (const b of s.breaks) {
      const bx = x(b.year - 0.5).toFixed(1);
      out.push(
        `<g class="compiler-break"><title>${esc(`${s.label}: ${b.from} until ${b.year - 1}, ${b.to} from ${b.year}`)}</title>`,
      );
      out.push(
        `<line x1="${bx}" x2="${bx}" y1="${box.y0}" y2="${box.y1}" stroke="${s.color}" stroke-dasharray="2 4" stroke-width="1.5"/></g>`,
      );
    }
  }
  // Event markers: a thin line and a triangle at the top, linking to the event.
  for (const m of chart.markers) {
    if (m.x < chart.from - 0.5 || m.x > chart.to + 0.5) continue;
    const mx = x(m.x).toFixed(1);
    out.push(
      `<a href="${esc(origin + '/events/' + m.slug)}"><title>${esc(`${m.date}: ${m.title}`)}</title>`,
    );
    out.push(
      `<line x1="${mx}" x2="${mx}" y1="${box.y0}" y2="${box.y1}" stroke="${m.color}" stroke-opacity="0.35"/>`,
    );
    out.push(`<path d="M${Number(mx) - 5},${box.y0 - 9} h10 l-5,8 z" fill="${m.color}"/></a>`);
  }
  drawSeries(chart, out, x, y, box);

  const footer = svgFooter(chart, origin, W, box.y1 + 48);
  out.push(footer.markup);
  return svgDocument(chart.title, W, footer.bottom + 8, out);
}

type Scale = (v: number) => number;

function drawSeries(chart: TradeChart, out: string[], x: Scale, y: Scale, box: { y1: number }) {
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
          `<rect x="${bx.toFixed(1)}" y="${top.toFixed(1)}" width="${(w - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${s.color}"${style}><title>${esc(pointTitle(s.label, p, chart.mode))}</title></rect>`,
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
          `<circle cx="${x(p.year).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="4" fill="${fill}" stroke="${s.color}" stroke-width="2"${dash}><title>${esc(pointTitle(s.label, p, chart.mode))}</title></circle>`,
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
) {
  return [`${label} ${p.year}: ${formatValue(p.value ?? 0, mode)}`, p.compiler, p.caution]
    .filter(Boolean)
    .join(' — ');
}
