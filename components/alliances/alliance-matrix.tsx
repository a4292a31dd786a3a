import { Link } from '@/i18n/navigation.ts';
import type { CSSProperties } from 'react';
import { RELATION_KINDS, kindOf } from '@/lib/alliances/kinds.ts';
import { edgeIdOf } from '@/lib/alliances/edge-id.ts';
import { shortActorName } from '@/lib/actors/short-name.ts';
import { OBLIGATION_LABELS } from '@/lib/schemas/enums.ts';
import styles from './alliances.module.css';
import type { AllianceEdge, AllianceNode } from '@/lib/shapes/alliances.ts';

/**
 * Actors × actors; each cell names the relation kinds in force and the event count. Headers carry the actors' names and stay in view while the table
 * scrolls, in both directions, inside its frame.
 */
export function AllianceMatrix({
  nodes,
  edges,
  hrefs,
}: {
  nodes: AllianceNode[];
  edges: AllianceEdge[];
  /** Where each edge's link goes (selects it). */
  hrefs: Record<string, string>;
}) {
  if (!nodes.length)
    return (
      <p className="empty">
        No relations were in force and no events linked actors in this period.
      </p>
    );
  const byId = new Map(edges.map((e) => [e.id, e]));
  const name = (n: AllianceNode) => shortActorName(n.name);
  return (
    <>
      <div className={styles.matrixWrap} tabIndex={0} role="region" aria-label="Matrix (scrolls)">
        <table className={styles.matrix} data-testid="alliance-matrix">
          <caption className="sr-only">
            Relations in force and events linking each pair of actors
          </caption>
          <thead>
            <tr>
              <td className={styles.corner} />
              {nodes.map((n) => (
                <th key={n.code} scope="col" title={n.name} className={styles.colHead}>
                  <span>{name(n)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {nodes.map((row) => (
              <tr key={row.code}>
                <th scope="row" title={row.name}>
                  {name(row)}
                </th>
                {nodes.map((col) => {
                  const edge =
                    row.code === col.code ? undefined : byId.get(edgeIdOf(row.code, col.code));
                  if (!edge)
                    return <td key={col.code} aria-label={row.code === col.code ? '—' : 'none'} />;
                  const kinds = [...new Set(edge.relations.map((r) => kindOf(r.kind).label))];
                  const obligations = [
                    ...new Set(edge.relations.flatMap((r) => r.obligations.map((o) => o.type))),
                  ];
                  return (
                    <td
                      key={col.code}
                      style={
                        edge.relations.length
                          ? ({ '--cell': kindOf(edge.relations[0].kind).color } as CSSProperties)
                          : undefined
                      }
                      className={edge.relations.length ? styles.related : undefined}
                    >
                      <Link
                        href={hrefs[edge.id]}
                        scroll={false}
                        title={kinds.join(', ') || 'Events only'}
                      >
                        {edge.relations.map((r) => kindOf(r.kind).short).join(' ')}
                        {obligations.includes('defence') ? '+D' : ''}
                        {edge.relations.length && edge.eventCount ? ' · ' : ''}
                        {edge.eventCount ? edge.eventCount : ''}
                        <span className="sr-only">{`${name(row)} – ${name(col)} (${row.code}–${col.code}): ${kinds.join(', ') || 'no relation'}${obligations.length ? `, obligations: ${obligations.map((o) => OBLIGATION_LABELS[o]).join(', ')}` : ''}; ${edge.eventCount} events`}</span>
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl
        className={styles.matrixLegend}
        aria-label="Legend for the cells"
        data-testid="matrix-legend"
      >
        {Object.values(RELATION_KINDS).map((k) => (
          <div key={k.short}>
            <dt>{k.short}</dt>
            <dd>{k.label}</dd>
          </div>
        ))}
        <div>
          <dt>+D</dt>
          <dd>Treaty with a mutual-defence obligation</dd>
        </div>
        <div>
          <dt>· 12</dt>
          <dd>Events naming both (in the period)</dd>
        </div>
      </dl>
    </>
  );
}
