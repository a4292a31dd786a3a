import Link from 'next/link';
import type { CSSProperties } from 'react';
import { EVENTS_ONLY, RELATION_KINDS } from '@/lib/alliances/kinds.ts';
import { NETWORK_SIZE, networkGeometry } from '@/lib/alliances/network-geometry.ts';
import styles from './alliances.module.css';
import type { AllianceEdge, AllianceNode } from '@/lib/shapes/alliances.ts';

/**
 * The network as plain SVG, drawn on the server: each edge is a link (keyboard focusable,
 * works without JavaScript) that selects it. Width grows with the event count; colour
 * is the relation kind; dashed when only events link the two actors.
 */
export function AllianceNetwork({
  nodes,
  edges,
  selected,
  hrefFor,
  at,
}: {
  nodes: AllianceNode[];
  edges: AllianceEdge[];
  selected?: string;
  hrefFor: (edge: string) => string;
  at: string;
}) {
  if (!nodes.length)
    return (
      <p className="empty">
        No relations were in force and no events linked actors in this period.
      </p>
    );
  const geometry = networkGeometry(nodes, edges);
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${NETWORK_SIZE.width} ${NETWORK_SIZE.height}`}
        role="group"
        aria-labelledby="network-title"
        data-testid="alliance-network"
      >
        <title id="network-title">{`Network of ${nodes.length} actors and ${edges.length} links on ${at}`}</title>
        {geometry.edges.map((e) => (
          <Link
            key={e.id}
            href={hrefFor(e.id)}
            scroll={false}
            className={`${styles.edge} ${selected === e.id ? styles.selected : ''}`}
            aria-label={e.label}
            data-edge={e.id}
          >
            <line
              x1={e.x1}
              y1={e.y1}
              x2={e.x2}
              y2={e.y2}
              stroke={e.color}
              strokeOpacity={selected && selected !== e.id ? 0.35 : 0.8}
              strokeWidth={e.width}
              strokeDasharray={e.isDashed ? '6 5' : undefined}
            />
          </Link>
        ))}
        {geometry.nodes.map((n) => (
          <g key={n.code}>
            <circle cx={n.x} cy={n.y} r={9} fill={n.color} stroke="#fff" strokeWidth={2} />
            <text className={styles.nodeLabel} x={n.labelX} y={n.y + 4} textAnchor={n.anchor}>
              {n.code}
            </text>
          </g>
        ))}
      </svg>
      <ul className={styles.legend} aria-label="Legend">
        {Object.values(RELATION_KINDS).map((k) => (
          <li key={k.label}>
            <span
              className={styles.key}
              style={{ '--key': k.color } as CSSProperties}
              aria-hidden="true"
            />
            {k.label}
          </li>
        ))}
        <li>
          <span
            className={`${styles.key} ${styles.dashed}`}
            style={{ '--key': EVENTS_ONLY.color } as CSSProperties}
            aria-hidden="true"
          />
          {EVENTS_ONLY.label} (thicker: more events)
        </li>
      </ul>
    </figure>
  );
}
