// An actor's relations over time as swim lanes: one lane per partner, one bar per
// relation from its start to its end (or to `until` while in force). Pure geometry.

export interface LaneRelation {
  partner: string;
  kind: string;
  title: string;
  start: string;
  end: string | null;
}

interface LaneLayout {
  lanes: {
    partner: string;
    y: number;
    bars: (LaneRelation & { x1: number; x2: number; isOpen: boolean })[];
  }[];
  ticks: { year: number; x: number }[];
  height: number;
}

const LANE = 34;
const TOP = 24;

export function relationLanes(
  relations: LaneRelation[],
  size: { width: number; left: number; right: number },
  until: string,
): LaneLayout {
  const starts = relations.map((r) => Date.parse(r.start));
  const t0 = Date.UTC(new Date(Math.min(...starts, Date.parse(until))).getUTCFullYear(), 0, 1);
  const t1 = Date.UTC(new Date(until).getUTCFullYear() + 1, 0, 1);
  const x = (t: number) =>
    size.left + ((t - t0) / (t1 - t0)) * (size.width - size.left - size.right);
  const partners = [...new Set(relations.map((r) => r.partner))].sort();
  const lanes = partners.map((partner, i) => ({
    partner,
    y: TOP + i * LANE,
    bars: relations
      .filter((r) => r.partner === partner)
      .map((r) => ({
        ...r,
        x1: x(Date.parse(r.start)),
        x2: Math.max(x(Date.parse(r.start)) + 3, x(Date.parse(r.end ?? until))),
        isOpen: r.end === null,
      })),
  }));
  const firstYear = new Date(t0).getUTCFullYear();
  const lastYear = new Date(t1).getUTCFullYear();
  const step = [1, 2, 5, 10].find((s) => (lastYear - firstYear) / s <= 10) ?? 20;
  const ticks = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step)
    ticks.push({ year, x: x(Date.UTC(year, 0, 1)) });
  return { lanes, ticks, height: TOP + partners.length * LANE + 8 };
}
