import { csvComments, toCsv } from '../export/csv.ts';
import type { Locale } from '../i18n/localized.ts';
import { chartsTranslator, localePath } from './chart-texts.ts';
import { layoutEstimates, type EstimateChart } from './estimates.ts';
import { HEADER_HEIGHT, SVG_WIDTH, svgDocument, svgFooter, svgHeader } from './trade-svg.ts';

// Server SVG and CSV of the estimate tracker, from the same marks the page draws.

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const ESTIMATE_BOX = {
  x0: 84,
  x1: SVG_WIDTH - 24,
  y0: HEADER_HEIGHT + 16,
  y1: HEADER_HEIGHT + 376,
};

const arrowHead = (x: number, y: number, up: boolean, color: string) =>
  `<path d="M${x - 5},${y + (up ? 8 : -8)}L${x},${y}L${x + 5},${y + (up ? 8 : -8)}" fill="none" stroke="${color}" stroke-width="2"/>`;

/** The marks of every claim as SVG: bars, arrows, points, each linked to its event. */
export function estimateMarksSvg(chart: EstimateChart, origin: string): string[] {
  const { marks } = layoutEstimates(chart, ESTIMATE_BOX);
  const out: string[] = [];
  for (const m of marks) {
    const p = m.point;
    const title = `${chart.series.find((s) => s.id === m.series)!.label}, ${p.refersTo}: ${p.claim}`;
    const href = p.event ? `${origin}/events/${p.event.slug}` : null;
    out.push(
      href
        ? `<a href="${esc(href)}" class="claim" data-claimant="${esc(m.series)}" aria-label="${esc(title)}">`
        : `<g class="claim" data-claimant="${esc(m.series)}">`,
    );
    out.push(`<title>${esc(title)}</title>`);
    const c = m.color;
    if (m.low !== null && m.high !== null) {
      out.push(
        `<line x1="${m.x}" x2="${m.x}" y1="${m.low}" y2="${m.high}" stroke="${c}" stroke-width="2" class="range"/>`,
      );
      for (const v of [m.low, m.high])
        out.push(
          `<line x1="${m.x - 5}" x2="${m.x + 5}" y1="${v}" y2="${v}" stroke="${c}" stroke-width="2"/>`,
        );
    } else if (m.openUp && m.low !== null) {
      out.push(
        `<line x1="${m.x}" x2="${m.x}" y1="${m.low}" y2="${m.top}" stroke="${c}" stroke-width="2" stroke-dasharray="4 3" class="range open"/>`,
      );
      out.push(
        `<line x1="${m.x - 5}" x2="${m.x + 5}" y1="${m.low}" y2="${m.low}" stroke="${c}" stroke-width="2"/>`,
      );
      out.push(arrowHead(m.x, m.top, true, c));
    } else if (m.openDown && m.high !== null) {
      out.push(
        `<line x1="${m.x}" x2="${m.x}" y1="${m.high}" y2="${m.bottom}" stroke="${c}" stroke-width="2" stroke-dasharray="4 3" class="range open"/>`,
      );
      out.push(
        `<line x1="${m.x - 5}" x2="${m.x + 5}" y1="${m.high}" y2="${m.high}" stroke="${c}" stroke-width="2"/>`,
      );
      out.push(arrowHead(m.x, m.bottom, false, c));
    }
    if (m.best !== null)
      out.push(
        `<circle cx="${m.x}" cy="${m.best}" r="5.5" fill="${c}" stroke="#ffffff" stroke-width="1.5" class="best"/>`,
      );
    out.push(href ? '</a>' : '</g>');
  }
  return out;
}

export function estimatesSvg(chart: EstimateChart, origin: string, locale: Locale = 'en'): string {
  const box = ESTIMATE_BOX;
  const { xTicks, yTicks } = layoutEstimates(chart, box);
  const out: string[] = [svgHeader(chart)];
  for (const t of yTicks) {
    out.push(`<line x1="${box.x0}" x2="${box.x1}" y1="${t.y}" y2="${t.y}" stroke="#d8dde6"/>`);
    out.push(
      `<text x="${box.x0 - 8}" y="${t.y + 4}" font-size="12" text-anchor="end" fill="#4f5869">${esc(t.label)}</text>`,
    );
  }
  for (const t of xTicks)
    out.push(
      `<text x="${t.x}" y="${box.y1 + 18}" font-size="12" text-anchor="middle" fill="#4f5869">${esc(t.label)}</text>`,
    );
  out.push(`<line x1="${box.x0}" x2="${box.x1}" y1="${box.y1}" y2="${box.y1}" stroke="#4f5869"/>`);
  out.push(...estimateMarksSvg(chart, origin));
  if (!chart.series.length)
    out.push(
      `<text x="${(box.x0 + box.x1) / 2}" y="${(box.y0 + box.y1) / 2}" font-size="14" text-anchor="middle" fill="#4f5869">${esc(chartsTranslator(locale)('estimates.empty', { asOf: chart.asOf ? 'yes' : 'no' }))}</text>`,
    );
  const footer = svgFooter(chart, origin, SVG_WIDTH, box.y1 + 48, locale);
  out.push(footer.markup);
  return svgDocument(chart.title, SVG_WIDTH, footer.bottom + 8, out);
}

/** One row per claim: exactly what the chart draws, with its source and event. */
export function estimatesCsv(chart: EstimateChart, origin: string, locale: Locale = 'en'): string {
  const rows = chart.series.flatMap((s) =>
    s.points.map((p) => [
      s.id,
      s.label,
      p.refersTo,
      p.low ?? '',
      p.best ?? '',
      p.high ?? '',
      p.unit,
      p.source.publisher,
      p.source.title,
      p.source.url ?? '',
      p.source.publishedAt ?? '',
      p.event ? `${origin}/events/${p.event.slug}` : '',
    ]),
  );
  const head = csvComments([
    chart.title,
    chart.units,
    ...chart.footer,
    `${origin}${localePath(chart.path, locale)}`,
  ]);
  const columns = ['claimant', 'claimant_name', 'refers_to', 'low', 'best', 'high', 'unit'];
  const more = ['source_publisher', 'source_title', 'source_url', 'source_published', 'event'];
  return `${head}\n${toCsv([...columns, ...more], rows)}\n`;
}
