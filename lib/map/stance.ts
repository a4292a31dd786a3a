import { kindOf, EVENTS_ONLY } from '../alliances/kinds.ts';

export interface Stance {
  color: string;
  /** In words, for the tooltip and the list beside the map. */
  label: string;
  /** The relations' titles (English content) and the shared events (reader's language). */
  titles: string;
  events: string;
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
export function stancesToward(
  focus: string,
  edges: Edge[],
  /** "3 shared events" in the reader's language. */
  sharedEvents: (count: number) => string = (n) => `${n} shared ${n === 1 ? 'event' : 'events'}`,
): Map<string, Stance> {
  const out = new Map<string, Stance>();
  for (const e of edges) {
    if (e.a !== focus && e.b !== focus) continue;
    const other = e.a === focus ? e.b : e.a;
    const [strongest] = e.relations;
    const titles = e.relations.map((r) => r.title).join('; ');
    const events = e.eventCount ? sharedEvents(e.eventCount) : '';
    out.set(
      other,
      strongest
        ? {
            color: kindOf(strongest.kind).color,
            label: [titles, events].filter(Boolean).join(' · '),
            titles,
            events,
          }
        : { color: EVENTS_ONLY.color, label: events, titles: '', events },
    );
  }
  return out;
}
