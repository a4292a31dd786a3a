import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';

// A force-directed layout of the network (d3-force), deterministic: nodes start in code
// order on a spiral and d3-force's own random source is a fixed-seed generator, so the
// same graph always gets the same picture. For positions that stay put as the date
// changes, the page lays out every actor that is ever linked once (the "anchor" layout)
// and draws each date's network at those positions.

export interface Point {
  x: number;
  y: number;
}
interface Size {
  width: number;
  height: number;
  margin: number;
}
interface Node extends SimulationNodeDatum {
  code: string;
  /** Half the label's width, so labels keep apart. */
  radius: number;
}

/** Length of every link, in layout units: short links would hide under their labels. */
export const LINK_DISTANCE = 150;

export function forceLayout(
  nodes: { code: string; label: string }[],
  edges: { a: string; b: string; weight: number }[],
  size: Size,
): Map<string, Point> {
  const cx = size.width / 2;
  const cy = size.height / 2;
  const sorted = [...nodes].sort((p, q) => p.code.localeCompare(q.code));
  const sim: Node[] = sorted.map((n, i) => {
    // Start on a phyllotaxis spiral, as d3-force would, but in a fixed order.
    const r = 12 * Math.sqrt(i + 0.5);
    const a = i * Math.PI * (3 - Math.sqrt(5));
    return {
      code: n.code,
      radius: Math.min(70, 12 + n.label.length * 3.4),
      x: cx + r * Math.cos(a),
      y: cy + r * Math.sin(a),
    };
  });
  const known = new Set(sim.map((n) => n.code));
  const links = edges
    .filter((e) => known.has(e.a) && known.has(e.b) && e.a !== e.b)
    .map((e) => ({ source: e.a, target: e.b, weight: e.weight }));
  const maxWeight = Math.max(1, ...links.map((l) => l.weight));
  const simulation = forceSimulation<Node>(sim)
    .force(
      'link',
      forceLink<Node, { source: string; target: string; weight: number }>(links)
        .id((n) => n.code)
        .distance(LINK_DISTANCE)
        .strength((l) => 0.15 + 0.5 * (l.weight / maxWeight)),
    )
    .force('charge', forceManyBody<Node>().strength(-420))
    .force('collide', forceCollide<Node>((n) => n.radius * 0.7).strength(0.9))
    .force('x', forceX<Node>(cx).strength(0.06))
    .force('y', forceY<Node>(cy).strength(0.08))
    .stop();
  simulation.tick(400);
  return fitInto(sim, size);
}

/** Scales the laid-out positions into the drawing, keeping the aspect ratio. */
function fitInto(nodes: Node[], size: Size): Map<string, Point> {
  if (!nodes.length) return new Map();
  const xs = nodes.map((n) => n.x!);
  const ys = nodes.map((n) => n.y!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Labels run sideways from their nodes: more room left and right than above and below.
  const mx = size.margin + 50;
  const w = size.width - 2 * mx;
  const h = size.height - 2 * size.margin;
  // Never enlarge past 1.6×: a small network would otherwise fill the frame with long links.
  const k = Math.min(1.6, w / Math.max(1, x1 - x0), h / Math.max(1, y1 - y0));
  const ox = mx + (w - k * (x1 - x0)) / 2;
  const oy = size.margin + (h - k * (y1 - y0)) / 2;
  return new Map(nodes.map((n) => [n.code, { x: ox + k * (n.x! - x0), y: oy + k * (n.y! - y0) }]));
}
