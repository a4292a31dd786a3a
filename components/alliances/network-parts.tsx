import { useTranslations } from 'next-intl';
import type { CSSProperties } from 'react';
import { EVENTS_ONLY, RELATION_KINDS } from '@/lib/alliances/kinds.ts';
import type { networkGeometry } from '@/lib/alliances/network-geometry.ts';
import { kindLabel } from '@/components/ui/terms.ts';
import styles from './alliances.module.css';

// The pieces of the network drawing with no behaviour of their own, shared by the
// interactive /alliances network (alliance-network.tsx) and the overview's static snapshot
// (network-snapshot.tsx), so both draw an edge, an actor and the legend the same way.

export type NetworkGeometry = ReturnType<typeof networkGeometry>;
type PlacedEdge = NetworkGeometry['edges'][number];
type PlacedNode = NetworkGeometry['nodes'][number];

/** An edge's line: width grows with the events, dashed for events only, doubled for a defence pact. */
export function EdgeLines({
  edge: e,
  opacity,
  width = e.width,
}: {
  edge: PlacedEdge;
  opacity: number;
  width?: number;
}) {
  return (
    <>
      <line
        x1={e.x1}
        y1={e.y1}
        x2={e.x2}
        y2={e.y2}
        stroke={e.color}
        strokeOpacity={opacity}
        strokeWidth={width}
        strokeDasharray={e.isDashed ? '6 5' : undefined}
      />
      {e.isDefence ? (
        // A defence pact: a double line (a white core inside the coloured one).
        <line
          x1={e.x1}
          y1={e.y1}
          x2={e.x2}
          y2={e.y2}
          stroke="#ffffff"
          strokeWidth={Math.max(1.5, e.width / 3)}
          pointerEvents="none"
          data-defence="true"
        />
      ) : null}
    </>
  );
}

/** An actor's dot and label. */
export function NodeDot({ node: n, r = 9 }: { node: PlacedNode; r?: number }) {
  return (
    <>
      <circle cx={n.x} cy={n.y} r={r} fill={n.color} stroke="#fff" strokeWidth={2} />
      <text
        className={styles.nodeLabel}
        x={n.labelX}
        y={n.y + 4}
        textAnchor={n.anchor}
        lang={n.lang}
      >
        {n.label}
      </text>
    </>
  );
}

export function NetworkLegend() {
  const t = useTranslations('alliances.legend');
  const terms = useTranslations('terms');
  return (
    <ul className={styles.legend} aria-label={t('label')}>
      {Object.entries(RELATION_KINDS).map(([kind, k]) => (
        <li key={kind}>
          <span
            className={styles.key}
            style={{ '--key': k.color } as CSSProperties}
            aria-hidden="true"
          />
          {kindLabel(terms, kind)}
        </li>
      ))}
      <li>
        <span
          className={`${styles.key} ${styles.double}`}
          style={{ '--key': RELATION_KINDS.treaty.color } as CSSProperties}
          aria-hidden="true"
        />
        {t('defencePact')}
      </li>
      <li>
        <span
          className={`${styles.key} ${styles.dashed}`}
          style={{ '--key': EVENTS_ONLY.color } as CSSProperties}
          aria-hidden="true"
        />
        {t('eventsOnly', { label: terms('eventsOnly') })}
      </li>
    </ul>
  );
}
