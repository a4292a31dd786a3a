import Link from 'next/link';
import { kindOf } from '@/lib/alliances/kinds.ts';
import { edgeIdOf } from '@/lib/alliances/edge-id.ts';
import styles from './alliances.module.css';
import type { AllianceEdge, AllianceNode } from '@/lib/shapes/alliances.ts';

/** Actors × actors; each cell names the relation kinds in force and the event count. */
export function AllianceMatrix({
  nodes,
  edges,
  hrefFor,
}: {
  nodes: AllianceNode[];
  edges: AllianceEdge[];
  hrefFor: (edge: string) => string;
}) {
  if (!nodes.length)
    return (
      <p className="empty">
        No relations were in force and no events linked actors in this period.
      </p>
    );
  const byId = new Map(edges.map((e) => [e.id, e]));
  return (
    <div className={styles.matrixWrap}>
      <table className={styles.matrix} data-testid="alliance-matrix">
        <caption className="sr-only">
          Relations in force and events linking each pair of actors
        </caption>
        <thead>
          <tr>
            <td />
            {nodes.map((n) => (
              <th key={n.code} scope="col" title={n.name}>
                {n.code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {nodes.map((row) => (
            <tr key={row.code}>
              <th scope="row" title={row.name}>
                {row.code}
              </th>
              {nodes.map((col) => {
                const edge =
                  row.code === col.code ? undefined : byId.get(edgeIdOf(row.code, col.code));
                if (!edge)
                  return <td key={col.code} aria-label={row.code === col.code ? '—' : 'none'} />;
                const kinds = [...new Set(edge.relations.map((r) => kindOf(r.kind).label))];
                return (
                  <td key={col.code}>
                    <Link
                      href={hrefFor(edge.id)}
                      scroll={false}
                      title={kinds.join(', ') || 'Events only'}
                    >
                      {edge.relations.map((r) => kindOf(r.kind).short).join(' ')}
                      {edge.relations.length && edge.eventCount ? ' · ' : ''}
                      {edge.eventCount ? edge.eventCount : ''}
                      <span className="sr-only">{`${row.code}–${col.code}: ${kinds.join(', ') || 'no relation'}; ${edge.eventCount} events`}</span>
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="meta">
        Letters: T treaty, P strategic partnership, M military cooperation, A arms transfer, S
        sanctions regime, Mb membership; number: events naming both.
      </p>
    </div>
  );
}
