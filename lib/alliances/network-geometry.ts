// Where everything in the network drawing goes: shared by the page's SVG and the
// exported SVG/PNG, so both show the same picture.
import { EVENTS_ONLY, kindOf } from './kinds.ts';
import { forceLayout, type Point } from './force-layout.ts';
import { shortActorName as shortName } from '../actors/short-name.ts';
import type { Locale } from '../i18n/localized.ts';
import { actorNames, alliancesTranslator, termOf } from './network-texts.ts';

export const NETWORK_SIZE = { width: 640, height: 560, margin: 60 };
/** Half the width of an edge's invisible hit area: 24 px to tap, whatever the line's width. */
const HIT = 12;
const LABEL_CHAR = 7;
/** A Hangul syllable is about as wide as it is tall: near twice a Latin letter. */
const WIDE_CHAR = 12;
const labelWidth = (label: string) =>
  [...label].reduce(
    (w, c) => w + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(c) ? WIDE_CHAR : LABEL_CHAR),
    0,
  );

interface NodeIn {
  code: string;
  name: string;
  /** The Korean name, shown on Korean pages and exports where there is one. */
  nameKo?: string | null;
  color: string | null;
}
interface EdgeIn {
  id: string;
  a: string;
  b: string;
  eventCount: number;
  relations: { kind: string; title: string; obligations?: { type: string }[] }[];
}

/**
 * A short form of a long name: the code when it is a readable acronym (NATO, MSMT),
 * else the initials of the words with numbers kept (UN Security Council 1718 Committee
 * Panel of Experts → UNSC 1718 CPE).
 */
export function abbreviate(code: string, name: string): string {
  if (/^[A-Z0-9]{2,6}$/.test(code)) return code;
  const parts: string[] = [];
  for (const word of name.split(/\s+/)) {
    if (/^\d/.test(word)) parts.push(word);
    else if (/^[A-Z]{2,}$/.test(word)) parts.push(word);
    else if (/^[A-Z]/.test(word)) {
      const last = parts.at(-1);
      if (last && /^[A-Z]+$/.test(last) && parts.length && !/^\d/.test(last))
        parts[parts.length - 1] += word[0];
      else parts.push(word[0]);
    }
  }
  return parts.join(' ') || code;
}

/** The name a node shows: the short name, or its abbreviation when that is long. */
export function nodeLabel(code: string, name: string): string {
  const short = shortName(name);
  return short.length <= 18 ? short : abbreviate(code, short);
}

/** The weight of an edge in the layout: relations bind more than shared events. */
export const layoutWeight = (e: EdgeIn) => e.eventCount + 3 * e.relations.length;

/** Positions for a network (force-directed), to pass as `anchors` for a stable picture. */
export function layoutNetwork(nodes: NodeIn[], edges: EdgeIn[]): Map<string, Point> {
  return forceLayout(
    nodes.map((n) => ({ code: n.code, label: nodeLabel(n.code, n.name) })),
    edges.map((e) => ({ a: e.a, b: e.b, weight: layoutWeight(e) })),
    NETWORK_SIZE,
  );
}

/**
 * Geometry of the drawing. `anchors`: positions from a layout of every actor ever linked
 * (stable as the date changes); without them, or for an actor they lack, this network's own.
 * `locale`: the language of names and labels (positions are laid out from the English names,
 * so both languages draw the same picture).
 */
export function networkGeometry(
  nodes: NodeIn[],
  edges: EdgeIn[],
  anchors?: Map<string, Point>,
  locale: Locale = 'en',
) {
  const own =
    anchors && nodes.every((n) => anchors.has(n.code)) ? anchors : layoutNetwork(nodes, edges);
  const pos = (code: string) => own.get(code)!;
  const t = alliancesTranslator(locale);
  const names = new Map(nodes.map((n) => [n.code, actorNames(n, locale)]));
  const full = new Map(nodes.map((n) => [n.code, names.get(n.code)!.short]));
  const neighbours = new Map(nodes.map((n) => [n.code, new Set<string>()]));
  for (const e of edges) {
    neighbours.get(e.a)?.add(e.b);
    neighbours.get(e.b)?.add(e.a);
  }
  const placedNodes = nodes.map((n): PlacedNode => {
    const p = pos(n.code);
    const isRight = p.x >= NETWORK_SIZE.width / 2;
    const local = names.get(n.code)!;
    return {
      code: n.code,
      name: local.full,
      label: local.lang === 'en' ? nodeLabel(n.code, n.name) : local.short,
      lang: local.lang,
      x: p.x,
      y: p.y,
      color: n.color ?? '#8a94a6',
      labelX: p.x + (isRight ? 13 : -13),
      anchor: isRight ? 'start' : 'end',
      neighbours: [...(neighbours.get(n.code) ?? [])],
    };
  });
  return {
    edges: edges.map((e) => {
      const p = pos(e.a);
      const q = pos(e.b);
      const kind = e.relations[0]?.kind;
      const types = [
        ...new Set(e.relations.flatMap((r) => (r.obligations ?? []).map((o) => o.type))),
      ];
      const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      const [nx, ny] = [(-(q.y - p.y) / len) * HIT, ((q.x - p.x) / len) * HIT];
      return {
        id: e.id,
        a: e.a,
        b: e.b,
        x1: p.x,
        y1: p.y,
        x2: q.x,
        y2: q.y,
        /** The 24 px wide band around the line that takes hovers and taps. */
        hit: [
          [p.x + nx, p.y + ny],
          [q.x + nx, q.y + ny],
          [q.x - nx, q.y - ny],
          [p.x - nx, p.y - ny],
        ]
          .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
          .join(' '),
        color: kind ? kindOf(kind).color : EVENTS_ONLY.color,
        width: Math.min(14, 2 + Math.sqrt(e.eventCount) * 2 + (e.relations.length ? 2 : 0)),
        isDashed: e.relations.length === 0,
        /** A mutual-defence obligation: drawn as a double line. */
        isDefence: types.includes('defence'),
        obligations: types,
        // Relation titles stay English (content with no Korean twin).
        label: t('network.edge', {
          a: full.get(e.a) ?? e.a,
          b: full.get(e.b) ?? e.b,
          relations: e.relations.map((r) => r.title).join('; ') || t('network.noRelation'),
          obligations: types.length
            ? t('network.obligations', {
                types: (locale === 'en'
                  ? types.map((type) => type.replace(/_/g, '-'))
                  : types.map((type) => termOf(locale, 'obligation', type))
                ).join(', '),
              })
            : '',
          count: e.eventCount,
        }),
      };
    }),
    nodes: spreadLabels(placedNodes),
  };
}

type PlacedNode = {
  code: string;
  name: string;
  label: string;
  /** The language of `name` and `label` (English where no Korean name exists). */
  lang: Locale;
  x: number;
  y: number;
  color: string;
  labelX: number;
  anchor: 'start' | 'end';
  neighbours: string[];
};

/** Where a long label would cover another, both use their abbreviation. */
function spreadLabels(nodes: PlacedNode[]): PlacedNode[] {
  const box = (n: PlacedNode, label: string) => {
    const w = labelWidth(label);
    const x0 = n.anchor === 'start' ? n.labelX : n.labelX - w;
    return { x0, x1: x0 + w, y0: n.y - 8, y1: n.y + 6 };
  };
  const hit = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  return nodes.map((n) => {
    const mine = box(n, n.label);
    const clashes = nodes.some((m) => m !== n && hit(mine, box(m, m.label)));
    return clashes ? { ...n, label: abbreviate(n.code, shortName(n.name)) } : n;
  });
}
