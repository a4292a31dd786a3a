import { kindOf, EVENTS_ONLY } from '../alliances/kinds.ts';

export interface Stance {
  color: string;
  /** In words, for the tooltip and the list beside the map. */
  label: string;
}

interface Edge {
  a: string;
  b: string;
  eventCount: number;
  relations: { kind: string; title: string }[];
}

/**
 * How each actor stands to `focus` on the network's date: the colour of its strongest
 * relation with it (relations arrive strongest first), or "named together in events".
 */
export function stancesToward(focus: string, edges: Edge[]): Map<string, Stance> {
  const out = new Map<string, Stance>();
  for (const e of edges) {
    if (e.a !== focus && e.b !== focus) continue;
    const other = e.a === focus ? e.b : e.a;
    const [strongest] = e.relations;
    const events = e.eventCount
      ? `${e.eventCount} shared ${e.eventCount === 1 ? 'event' : 'events'}`
      : '';
    out.set(
      other,
      strongest
        ? {
            color: kindOf(strongest.kind).color,
            label: [e.relations.map((r) => r.title).join('; '), events].filter(Boolean).join(' · '),
          }
        : { color: EVENTS_ONLY.color, label: events },
    );
  }
  return out;
}
