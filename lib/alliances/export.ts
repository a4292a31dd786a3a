// The network as a standalone SVG file and a CSV of its edges, for reports. Same
// geometry as the page (network-geometry.ts), plus a title, legend, sources and link.
import { toCsv } from '../export/csv.ts';
import { formatPartialDate } from '../dates.ts';
import type { Locale } from '../i18n/localized.ts';
import { EVENTS_ONLY, RELATION_KINDS } from './kinds.ts';
import { NETWORK_SIZE, networkGeometry } from './network-geometry.ts';
import { actorNames, alliancesTranslator, termOf, termsTranslator } from './network-texts.ts';
import type { AllianceEdge, AllianceNode } from '../shapes/alliances.ts';

interface NetworkExport {
  at: string;
  from: string;
  nodes: AllianceNode[];
  edges: AllianceEdge[];
  /** The page URL that reproduces this view. */
  link: string;
  /** Positions of the page's drawing (stable over dates); without them, this network's own. */
  anchors?: Map<string, { x: number; y: number }>;
  /** The language of the words and names the file adds (?lang=ko); English by default. */
  locale?: Locale;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A date as the file prints it: ISO in English (as ever), in words in Korean. */
const dateIn = (date: string, locale: Locale) =>
  locale === 'en' ? date : formatPartialDate(date, locale);

const networkTitle = (x: Pick<NetworkExport, 'at' | 'locale'>) => {
  const locale = x.locale ?? 'en';
  return alliancesTranslator(locale)('export.title', { at: dateIn(x.at, locale) });
};
export const networkFileBase = (x: Pick<NetworkExport, 'at'>) => `alliances-${x.at}`;

/** Distinct publishers behind the relations drawn, for the footer. */
function sourceLine(edges: AllianceEdge[], locale: Locale): string {
  const t = alliancesTranslator(locale);
  const publishers = [
    ...new Set(edges.flatMap((e) => e.relations.flatMap((r) => r.sources.map((s) => s.publisher)))),
  ].sort();
  return publishers.length
    ? t('export.sources', { list: publishers.join('; ') })
    : t('export.datasetSources');
}

/** Korean text needs a face with Hangul (resvg picks Noto Sans KR per glyph, lib/charts/raster.ts). */
const FONT_FAMILY = { en: 'Inter, sans-serif', ko: "Inter, 'Noto Sans KR', sans-serif" };

export function networkSvg(x: NetworkExport): string {
  const locale = x.locale ?? 'en';
  const t = alliancesTranslator(locale);
  const terms = termsTranslator(locale);
  const g = networkGeometry(x.nodes, x.edges, x.anchors, locale);
  const top = 50;
  const legendY = top + NETWORK_SIZE.height + 10;
  const kinds = [
    ...Object.entries(RELATION_KINDS).map(([kind, k]) => ({
      ...k,
      label: termOf(locale, 'relationKind', kind),
    })),
    { ...EVENTS_ONLY, label: terms('eventsOnly'), short: '' },
  ];
  const footerY = legendY + 24 * Math.ceil(kinds.length / 4) + 16;
  const height = footerY + 44;
  const wrap = (text: string, max = 110) =>
    text.match(new RegExp(`.{1,${max}}(\\s|$)`, 'g')) ?? [text];
  const sources = wrap(sourceLine(x.edges, locale));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${NETWORK_SIZE.width}" height="${height + 14 * (sources.length - 1)}" viewBox="0 0 ${NETWORK_SIZE.width} ${height + 14 * (sources.length - 1)}" font-family="${FONT_FAMILY[locale]}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="28" font-size="18" font-weight="700" fill="#1a1f2b">${esc(networkTitle(x))}</text>`,
    `<text x="16" y="46" font-size="11" fill="#4f5869">${esc(t('export.subtitle', { at: dateIn(x.at, locale), from: dateIn(x.from, locale) }))}</text>`,
    `<g transform="translate(0 ${top})">`,
    ...g.edges.map(
      (e) =>
        `<line x1="${e.x1.toFixed(1)}" y1="${e.y1.toFixed(1)}" x2="${e.x2.toFixed(1)}" y2="${e.y2.toFixed(1)}" stroke="${e.color}" stroke-opacity="0.8" stroke-width="${e.width.toFixed(1)}"${e.isDashed ? ' stroke-dasharray="6 5"' : ''}><title>${esc(e.label)}</title></line>` +
        (e.isDefence
          ? `<line x1="${e.x1.toFixed(1)}" y1="${e.y1.toFixed(1)}" x2="${e.x2.toFixed(1)}" y2="${e.y2.toFixed(1)}" stroke="#ffffff" stroke-width="${Math.max(1.5, e.width / 3).toFixed(1)}"/>`
          : ''),
    ),
    ...g.nodes.flatMap((n) => [
      `<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="9" fill="${n.color}" stroke="#ffffff" stroke-width="2"/>`,
      `<text x="${n.labelX.toFixed(1)}" y="${(n.y + 4).toFixed(1)}" text-anchor="${n.anchor}" font-size="12" font-weight="700" fill="#1a1f2b">${esc(n.label)}<title>${esc(n.name)}</title></text>`,
    ]),
    `</g>`,
    ...kinds.map((k, i) => {
      const lx = 16 + (i % 4) * 156;
      const ly = legendY + 24 * Math.floor(i / 4);
      return `<line x1="${lx}" y1="${ly}" x2="${lx + 22}" y2="${ly}" stroke="${k.color}" stroke-width="3"${k === kinds.at(-1) ? ' stroke-dasharray="6 5"' : ''}/><text x="${lx + 28}" y="${ly + 4}" font-size="11" fill="#4f5869">${esc(k.label)}</text>`;
    }),
    ...sources.map(
      (line, i) =>
        `<text x="16" y="${footerY + 14 * i}" font-size="10" fill="#4f5869">${esc(line.trim())}</text>`,
    ),
    `<text x="16" y="${footerY + 14 * sources.length + 6}" font-size="10" fill="#1d4f91">${esc(x.link)}</text>`,
    `</svg>`,
  ].join('\n');
}

const NETWORK_CSV_COLUMNS = [
  'at',
  'events_from',
  'actor_a',
  'actor_a_name',
  'actor_b',
  'actor_b_name',
  'relations',
  'relation_kinds',
  'relation_since',
  'obligations',
  'designations',
  'events_naming_both',
  'sources',
  'link',
] as const;

/** One row per edge: exactly what the network draws. */
export function networkCsv(x: NetworkExport): string {
  const locale = x.locale ?? 'en';
  // Names in the language asked for; relation titles stay English (no Korean twin).
  const names = new Map(x.nodes.map((n) => [n.code, actorNames(n, locale).full]));
  return toCsv(
    NETWORK_CSV_COLUMNS,
    x.edges.map((e) => [
      x.at,
      x.from,
      e.a,
      names.get(e.a) ?? '',
      e.b,
      names.get(e.b) ?? '',
      e.relations.map((r) => r.title).join('; '),
      e.relations.map((r) => r.kind).join('; '),
      e.relations.map((r) => r.start).join('; '),
      e.relations.flatMap((r) => r.obligations.map((o) => `${o.type} (${o.article})`)).join('; '),
      e.relations
        .flatMap((r) =>
          r.designations.map((d) => `${d.party}: ${d.authority}, ${d.programme}, ${d.listedOn}`),
        )
        .join('; '),
      e.eventCount,
      [...new Set(e.relations.flatMap((r) => r.sources.map((s) => s.url ?? s.title)))].join(' ; '),
      x.link,
    ]),
    { newline: '\r\n' },
  );
}
