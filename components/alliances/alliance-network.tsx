import Link from 'next/link';
import type { CSSProperties } from 'react';
import { EVENTS_ONLY, RELATION_KINDS, kindOf } from '@/lib/alliances/kinds.ts';
import { circleLayout } from '@/lib/alliances/layout.ts';
import type { AllianceEdge, AllianceNode } from '@/lib/db/alliances.ts';
import styles from './alliances.module.css';

const SIZE = { width: 640, height: 560, margin: 70 };
const shortName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');

/**
 * The network as plain SVG, drawn on the server: each edge is a link (keyboard focusable,
 * works without JavaScript) that selects it. Width grows with the event count; colour
 * is the relation kind; dashed when only events link the two actors.
 */
export function AllianceNetwork({ nodes, edges, selected, hrefFor, at }: { nodes: AllianceNode[]; edges: AllianceEdge[]; selected?: string; hrefFor: (edge: string) => string; at: string }) {
  if (!nodes.length) return <p className="empty">No relations were in force and no events linked actors in this period.</p>;
  const pos = circleLayout(nodes.map((n) => n.code), edges.map((e) => ({ a: e.a, b: e.b, weight: e.eventCount + 3 * e.relations.length })), SIZE);
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="group" aria-labelledby="network-title" data-testid="alliance-network">
        <title id="network-title">{`Network of ${nodes.length} actors and ${edges.length} links on ${at}`}</title>
        {edges.map((e) => {
          const p = pos.get(e.a)!;
          const q = pos.get(e.b)!;
          const kind = e.relations[0]?.kind;
          const color = kind ? kindOf(kind).color : EVENTS_ONLY.color;
          const label = `${shortName(byCode.get(e.a)!.name)} – ${shortName(byCode.get(e.b)!.name)}: ${e.relations.map((r) => r.title).join('; ') || 'no relation in force'}; ${e.eventCount} events`;
          return (
            <Link key={e.id} href={hrefFor(e.id)} scroll={false} className={`${styles.edge} ${selected === e.id ? styles.selected : ''}`} aria-label={label} data-edge={e.id}>
              <line x1={p.x} y1={p.y} x2={q.x} y2={q.y} stroke={color} strokeOpacity={selected && selected !== e.id ? 0.35 : 0.8} strokeWidth={Math.min(14, 2 + Math.sqrt(e.eventCount) * 2 + (e.relations.length ? 2 : 0))} strokeDasharray={e.relations.length ? undefined : '6 5'} />
            </Link>
          );
        })}
        {nodes.map((n) => {
          const p = pos.get(n.code)!;
          const right = p.x >= SIZE.width / 2;
          return (
            <g key={n.code}>
              <circle cx={p.x} cy={p.y} r={9} fill={n.color ?? '#8a94a6'} stroke="#fff" strokeWidth={2} />
              <text className={styles.nodeLabel} x={p.x + (right ? 13 : -13)} y={p.y + 4} textAnchor={right ? 'start' : 'end'}>
                {n.code}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-label="Legend">
        {Object.values(RELATION_KINDS).map((k) => (
          <li key={k.label}>
            <span className={styles.key} style={{ '--key': k.color } as CSSProperties} aria-hidden="true" />
            {k.label}
          </li>
        ))}
        <li>
          <span className={`${styles.key} ${styles.dashed}`} style={{ '--key': EVENTS_ONLY.color } as CSSProperties} aria-hidden="true" />
          {EVENTS_ONLY.label} (thicker: more events)
        </li>
      </ul>
    </figure>
  );
}
