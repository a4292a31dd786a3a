// Arrows between linked events on the timeline (an event responding to, or following from,
// another): drawn only when both ends are single marks on screen, from the earlier event's
// mark to the later one's, as a curve that keeps clear of titles. Pure layout, no React.

interface MarkAt {
  item: { slug: string };
  markX: number;
  y: number;
}

export interface ArrowLink {
  from: string;
  to: string;
  kind: string;
}

export interface LinkArrow {
  /** `from kind to`, as the API names the link. */
  key: string;
  /** SVG path data, from the `to` (earlier) mark toward the `from` (later) mark. */
  d: string;
}

/** How far an arrow stops short of each mark's centre, so the mark stays readable. */
const GAP = 8;

/**
 * One arrow per link whose two events are both drawn as single marks (an event drawn in
 * several lanes: the pair of its marks closest together). Links with an end clustered,
 * folded away or outside the data draw nothing.
 */
export function linkArrows(links: ArrowLink[], lanes: { marks: MarkAt[] }[]): LinkArrow[] {
  const at = new Map<string, MarkAt[]>();
  for (const lane of lanes)
    for (const m of lane.marks) at.set(m.item.slug, [...(at.get(m.item.slug) ?? []), m]);
  const arrows: LinkArrow[] = [];
  for (const link of links) {
    const starts = at.get(link.to);
    const ends = at.get(link.from);
    if (!starts || !ends) continue;
    let best: [MarkAt, MarkAt] | null = null;
    let bestDist = Infinity;
    for (const a of starts)
      for (const b of ends) {
        const dist = Math.hypot(b.markX - a.markX, b.y - a.y);
        if (dist > 2 * GAP + 4 && dist < bestDist) [best, bestDist] = [[a, b], dist];
      }
    if (!best) continue;
    arrows.push({ key: `${link.from} ${link.kind} ${link.to}`, d: curve(best[0], best[1]) });
  }
  return arrows;
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * A curve from mark a to mark b that keeps clear of a's title (drawn to the right of its
 * mark, on its row): it leaves a's mark straight up or down toward b's row, then turns into
 * b's mark from the side. Between marks on one row it dips under the row instead.
 */
function curve(a: MarkAt, b: MarkAt): string {
  const dx = b.markX - a.markX;
  const dy = b.y - a.y;
  const side = dx >= 0 ? 1 : -1;
  if (Math.abs(dy) < 4) {
    const x1 = a.markX;
    const y1 = a.y + GAP;
    const x2 = b.markX - side * 3;
    const y2 = b.y + GAP;
    const dip = Math.min(24, 6 + Math.abs(dx) * 0.15);
    return `M${r(x1)} ${r(y1)} Q${r((x1 + x2) / 2)} ${r(y1 + dip)} ${r(x2)} ${r(y2)}`;
  }
  const x1 = a.markX;
  const y1 = a.y + Math.sign(dy) * GAP;
  const x2 = b.markX - side * GAP;
  const y2 = b.y;
  return `M${r(x1)} ${r(y1)} Q${r(x1)} ${r(y2)} ${r(x2)} ${r(y2)}`;
}
