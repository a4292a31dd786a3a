import { NETWORK_SIZE } from '@/lib/alliances/network-geometry.ts';
import { EdgeLines, NetworkLegend, NodeDot, type NetworkGeometry } from './network-parts.tsx';
import styles from './alliances.module.css';

/**
 * The alliance network as a still picture (no script, no links inside): the same geometry,
 * lines and dots as /alliances, for a page that links there for the interactive view.
 */
export function NetworkSnapshot({
  geometry,
  label,
  className,
}: {
  geometry: NetworkGeometry;
  /** What the picture shows, for those who cannot see it. */
  label: string;
  className?: string;
}) {
  return (
    <figure style={{ margin: 0 }} className={className}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${NETWORK_SIZE.width} ${NETWORK_SIZE.height}`}
        role="img"
        aria-label={label}
        data-testid="network-snapshot"
      >
        {geometry.edges.map((e) => (
          <EdgeLines key={e.id} edge={e} opacity={0.8} />
        ))}
        {geometry.nodes.map((n) => (
          <NodeDot key={n.code} node={n} />
        ))}
      </svg>
      <NetworkLegend />
    </figure>
  );
}
