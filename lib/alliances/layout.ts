// Places the network's actors on a circle: connected actors sit together (ordered by
// component, then by how connected they are), so blocs read as arcs. Pure and stable.

interface Point {
  x: number;
  y: number;
}

export function circleLayout(
  codes: string[],
  edges: { a: string; b: string; weight: number }[],
  size: { width: number; height: number; margin: number },
): Map<string, Point> {
  const neighbours = new Map(codes.map((c) => [c, new Set<string>()]));
  const degree = new Map(codes.map((c) => [c, 0]));
  for (const e of edges) {
    neighbours.get(e.a)?.add(e.b);
    neighbours.get(e.b)?.add(e.a);
    degree.set(e.a, (degree.get(e.a) ?? 0) + e.weight);
    degree.set(e.b, (degree.get(e.b) ?? 0) + e.weight);
  }
  // Breadth-first from the best-connected unvisited actor keeps neighbours adjacent.
  const order: string[] = [];
  const seen = new Set<string>();
  const byDegree = [...codes].sort((x, y) => degree.get(y)! - degree.get(x)! || x.localeCompare(y));
  for (const start of byDegree) {
    if (seen.has(start)) continue;
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const code = queue.shift()!;
      order.push(code);
      const next = [...neighbours.get(code)!]
        .filter((n) => !seen.has(n))
        .sort((x, y) => degree.get(y)! - degree.get(x)! || x.localeCompare(y));
      for (const n of next) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  const cx = size.width / 2;
  const cy = size.height / 2;
  const r = Math.min(size.width, size.height) / 2 - size.margin;
  return new Map(
    order.map((code, i) => {
      const angle = (2 * Math.PI * i) / order.length - Math.PI / 2;
      return [code, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) }];
    }),
  );
}
