import { describe, expect, test } from 'vitest';
import { abbreviate, networkGeometry, nodeLabel, layoutNetwork } from './network-geometry.ts';

const nodes = [
  { code: 'KP', name: "North Korea (Democratic People's Republic of Korea, DPRK)", color: null },
  { code: 'RU', name: 'Russia (Russian Federation)', color: null },
  { code: 'CN', name: "China (People's Republic of China)", color: null },
  { code: 'US', name: 'United States', color: null },
  {
    code: 'UN_POE_1718',
    name: 'UN Security Council 1718 Committee Panel of Experts (DPRK sanctions)',
    color: null,
  },
];
const edge = (a: string, b: string, eventCount: number) => ({
  id: [a, b].sort().join('-'),
  a,
  b,
  eventCount,
  relations: [],
});
const edges = [
  edge('KP', 'RU', 30),
  edge('CN', 'KP', 10),
  edge('RU', 'US', 4),
  edge('KP', 'UN_POE_1718', 3),
];

describe('networkGeometry', () => {
  test('lays out the same graph the same way, with links long enough to see', () => {
    const a = networkGeometry(nodes, edges);
    expect(networkGeometry(nodes, edges)).toEqual(a);
    for (const e of a.edges) expect(Math.hypot(e.x2 - e.x1, e.y2 - e.y1)).toBeGreaterThan(80);
  });

  test('keeps every actor where the anchor layout put it, whatever the date shows', () => {
    const anchors = layoutNetwork(nodes, edges);
    const later = networkGeometry(nodes.slice(0, 3), edges.slice(0, 2), anchors);
    for (const n of later.nodes) expect({ x: n.x, y: n.y }).toEqual(anchors.get(n.code));
  });

  test('shows names, abbreviating long ones; neighbours are listed for highlighting', () => {
    const g = networkGeometry(nodes, edges);
    const kp = g.nodes.find((n) => n.code === 'KP')!;
    expect(kp.label).toBe('North Korea');
    expect(kp.neighbours.sort()).toEqual(['CN', 'RU', 'UN_POE_1718']);
    expect(g.nodes.find((n) => n.code === 'UN_POE_1718')!.label).toBe('UNSC 1718 CPE');
    expect(nodeLabel('MSMT', 'Multilateral Sanctions Monitoring Team')).toBe('MSMT');
    expect(abbreviate('NATO', 'North Atlantic Treaty Organization')).toBe('NATO');
  });

  test('gives each link a hit area 24 units wide', () => {
    const e = networkGeometry(nodes, edges).edges[0];
    const pts = e.hit.split(' ').map((p) => p.split(',').map(Number));
    expect(Math.hypot(pts[0][0] - pts[3][0], pts[0][1] - pts[3][1])).toBeCloseTo(24, 0);
  });
});
