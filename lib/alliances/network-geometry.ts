// Where everything in the network drawing goes: shared by the page's SVG and the
// exported SVG/PNG, so both show the same picture.
import { EVENTS_ONLY, kindOf } from './kinds.ts';
import { circleLayout } from './layout.ts';
import { shortActorName as shortName } from '../actors/short-name.ts';

export const NETWORK_SIZE = { width: 640, height: 560, margin: 70 };

interface NodeIn {
  code: string;
  name: string;
  color: string | null;
}
interface EdgeIn {
  id: string;
  a: string;
  b: string;
  eventCount: number;
  relations: { kind: string; title: string }[];
}

export function networkGeometry(nodes: NodeIn[], edges: EdgeIn[]) {
  const pos = circleLayout(
    nodes.map((n) => n.code),
    edges.map((e) => ({ a: e.a, b: e.b, weight: e.eventCount + 3 * e.relations.length })),
    NETWORK_SIZE,
  );
  const names = new Map(nodes.map((n) => [n.code, shortName(n.name)]));
  return {
    edges: edges.map((e) => {
      const p = pos.get(e.a)!;
      const q = pos.get(e.b)!;
      const kind = e.relations[0]?.kind;
      return {
        id: e.id,
        x1: p.x,
        y1: p.y,
        x2: q.x,
        y2: q.y,
        color: kind ? kindOf(kind).color : EVENTS_ONLY.color,
        width: Math.min(14, 2 + Math.sqrt(e.eventCount) * 2 + (e.relations.length ? 2 : 0)),
        isDashed: e.relations.length === 0,
        label: `${names.get(e.a)} – ${names.get(e.b)}: ${e.relations.map((r) => r.title).join('; ') || 'no relation in force'}; ${e.eventCount} events`,
      };
    }),
    nodes: nodes.map((n) => {
      const p = pos.get(n.code)!;
      const isRight = p.x >= NETWORK_SIZE.width / 2;
      return {
        code: n.code,
        x: p.x,
        y: p.y,
        color: n.color ?? '#8a94a6',
        labelX: p.x + (isRight ? 13 : -13),
        anchor: isRight ? 'start' : 'end',
      } as const;
    }),
  };
}
