// Which lanes a timeline by actor (or tag) draws: the busiest first, people only when asked,
// and the tail folded into one "Other actors (n)" lane, so a window naming fifty actors is
// still a short chart.

export interface LaneTotal {
  key: string;
  total: number;
  /** A person: never a lane of its own unless people are asked for. */
  person?: boolean;
}

/** Lanes drawn one by one before the rest is folded. */
export const MAX_OWN_LANES = 8;
export const OTHER_LANE = 'other';

/**
 * The keys that keep a lane of their own (busiest first, ties by key) and the keys folded
 * into the OTHER_LANE. Nothing is folded when everything fits.
 */
export function foldLanes(
  lanes: LaneTotal[],
  { max = MAX_OWN_LANES, people = false }: { max?: number; people?: boolean } = {},
): { kept: string[]; folded: string[] } {
  const sorted = [...lanes].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
  const eligible = sorted.filter((l) => people || !l.person);
  const rest = sorted.filter((l) => !people && l.person);
  if (eligible.length <= max && !rest.length)
    return { kept: eligible.map((l) => l.key), folded: [] };
  const room = eligible.length + (rest.length ? 1 : 0) <= max ? eligible.length : max - 1;
  return {
    kept: eligible.slice(0, room).map((l) => l.key),
    folded: [...eligible.slice(room), ...rest].map((l) => l.key),
  };
}

export const otherLaneLabel = (kind: string, n: number) =>
  `Other ${kind === 'tag' ? 'tags' : 'actors'} (${n})`;

/** What otherLaneLabel said, read back (the page names the lane in the reader's language). */
export function readOtherLaneLabel(label: string): { kind: 'tag' | 'actor'; n: number } | null {
  const m = /^Other (tags|actors) \((\d+)\)$/.exec(label);
  return m ? { kind: m[1] === 'tags' ? 'tag' : 'actor', n: Number(m[2]) } : null;
}
