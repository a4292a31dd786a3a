import { scaleLinear } from 'd3-scale';
import { csvComments, toCsv } from '../export/csv.ts';
import type { Locale } from '../i18n/localized.ts';
import { localePath } from './chart-texts.ts';
import type { ActivityChart } from './activity.ts';
import { yearTicks } from './scales.ts';
import { HEADER_HEIGHT, SVG_WIDTH, svgDocument, svgFooter, svgHeader } from './trade-svg.ts';

// Server SVG and CSV of the activity chart, from the same series the page draws.

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function activitySvg(chart: ActivityChart, origin: string, locale: Locale = 'en'): string {
  const W = SVG_WIDTH;
  const box = { x0: 64, x1: W - 24, y0: HEADER_HEIGHT + 12, y1: HEADER_HEIGHT + 352 };
  const step = chart.bucket === 'year' ? 1 : 1 / 12;
  const x = scaleLinear()
    .domain([chart.from, chart.to + 1])
    .range([box.x0, box.x1]);
  const max = Math.max(1, ...chart.series.flatMap((s) => s.points.map((p) => p.value)));
  const y = scaleLinear().domain([0, max]).nice().range([box.y1, box.y0]);
  const out: string[] = [svgHeader(chart)];
  for (const t of y.ticks(5).filter(Number.isInteger)) {
    out.push(`<line x1="${box.x0}" x2="${box.x1}" y1="${y(t)}" y2="${y(t)}" stroke="#d8dde6"/>`);
    out.push(
      `<text x="${box.x0 - 8}" y="${y(t) + 4}" font-size="12" text-anchor="end" fill="#4f5869">${t}</text>`,
    );
  }
  for (const t of yearTicks(chart.from, chart.to)) {
    out.push(
      `<text x="${x(t + 0.5)}" y="${box.y1 + 18}" font-size="12" text-anchor="middle" fill="#4f5869">${t}</text>`,
    );
  }
  const band = (x(step) - x(0)) * 0.85;
  chart.series.forEach((s, i) => {
    out.push(`<g class="series" data-series="${esc(s.id)}"><title>${esc(s.label)}</title>`);
    if (chart.kind === 'bar') {
      const w = band / chart.series.length;
      for (const p of s.points) {
        if (!p.value) continue;
        out.push(
          `<rect x="${(x(p.x) + i * w).toFixed(1)}" y="${y(p.value).toFixed(1)}" width="${Math.max(w - 0.5, 0.5).toFixed(1)}" height="${(box.y1 - y(p.value)).toFixed(1)}" fill="${s.color}"><title>${esc(`${s.label} ${p.period}: ${p.value}`)}</title></rect>`,
        );
      }
    } else {
      const d = s.points
        .map((p, k) => `${k ? 'L' : 'M'}${x(p.x + step / 2).toFixed(1)},${y(p.value).toFixed(1)}`)
        .join('');
      out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"/>`);
    }
    out.push('</g>');
  });
  out.push(`<line x1="${box.x0}" x2="${box.x1}" y1="${box.y1}" y2="${box.y1}" stroke="#4f5869"/>`);
  const footer = svgFooter(chart, origin, W, box.y1 + 48, locale);
  out.push(footer.markup);
  return svgDocument(chart.title, W, footer.bottom + 8, out);
}

/** One row per series and period, zeros included: exactly what the chart draws. */
export function activityCsv(chart: ActivityChart, origin: string, locale: Locale = 'en'): string {
  const rows = chart.series.flatMap((s) => s.points.map((p) => [s.id, s.label, p.period, p.value]));
  const head = csvComments([
    chart.title,
    chart.units,
    ...chart.footer,
    `${origin}${localePath(chart.path, locale)}`,
  ]);
  return `${head}\n${toCsv(['series', 'label', 'period', 'count'], rows)}\n`;
}
