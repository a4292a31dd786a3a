'use client';

import { Link } from '@/i18n/navigation.ts';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { formatPartialDate } from '@/lib/dates.ts';
import { NETWORK_SIZE } from '@/lib/alliances/network-geometry.ts';
import styles from './alliances.module.css';
import {
  EdgeLines,
  NetworkLegend,
  NodeDot,
  type NetworkGeometry as Geometry,
} from './network-parts.tsx';

/**
 * The network as SVG (geometry from the server, so positions stay put as the date moves):
 * each edge is a link (keyboard focusable, works without JavaScript) that selects it, each
 * actor a link to its page. Hovering or focusing an actor or a link highlights it and its
 * neighbours. Width grows with the event count; colour is the relation kind; dashed when
 * only events link the two actors; a double line is a treaty with a mutual-defence obligation.
 */
export function AllianceNetwork({
  geometry,
  selected,
  hrefs,
  at,
}: {
  geometry: Geometry;
  selected?: string;
  /** Where each edge's link goes (selects it, or clears the selection). */
  hrefs: Record<string, string>;
  at: string;
}) {
  const [hover, setHover] = useState<{ node?: string; edge?: string } | null>(null);
  const t = useTranslations('alliances');
  const locale = useLocale();
  if (!geometry.nodes.length) return <p className="empty">{t('empty')}</p>;
  const hoveredEdge = hover?.edge ? geometry.edges.find((e) => e.id === hover.edge) : undefined;
  const hoveredNode = hover?.node ? geometry.nodes.find((n) => n.code === hover.node) : undefined;
  const litNodes = new Set<string>(
    hoveredEdge
      ? [hoveredEdge.a, hoveredEdge.b]
      : hoveredNode
        ? [hoveredNode.code, ...hoveredNode.neighbours]
        : [],
  );
  const isLitEdge = (e: Geometry['edges'][number]) =>
    hoveredEdge
      ? e.id === hoveredEdge.id
      : hoveredNode
        ? e.a === hoveredNode.code || e.b === hoveredNode.code
        : false;
  const dimmed = hover !== null;
  return (
    <figure style={{ margin: 0 }}>
      <div className={styles.networkScroll}>
        <svg
          className={styles.svg}
          viewBox={`0 0 ${NETWORK_SIZE.width} ${NETWORK_SIZE.height}`}
          role="group"
          aria-labelledby="network-title"
          data-testid="alliance-network"
          onMouseLeave={() => setHover(null)}
        >
          <title id="network-title">
            {t('network.title', {
              nodes: geometry.nodes.length,
              links: geometry.edges.length,
              // English has always named the ISO date here; Korean reads it in words.
              at: locale === 'en' ? at : formatPartialDate(at, locale),
            })}
          </title>
          {geometry.edges.map((e) => {
            const lit = isLitEdge(e);
            const opacity = dimmed ? (lit ? 1 : 0.15) : selected && selected !== e.id ? 0.35 : 0.8;
            return (
              <Link
                key={e.id}
                href={hrefs[e.id]}
                scroll={false}
                className={`${styles.edge} ${selected === e.id ? styles.selected : ''}`}
                aria-label={e.label}
                data-edge={e.id}
                data-highlighted={lit || undefined}
                onMouseEnter={() => setHover({ edge: e.id })}
                onFocus={() => setHover({ edge: e.id })}
                onBlur={() => setHover(null)}
              >
                <title>{e.label}</title>
                <polygon points={e.hit} fill="transparent" />
                <EdgeLines edge={e} opacity={opacity} width={lit ? e.width + 2 : e.width} />
              </Link>
            );
          })}
          {geometry.nodes.map((n) => {
            const lit = litNodes.has(n.code);
            return (
              <Link
                key={n.code}
                href={`/actors/${n.code}`}
                className={styles.node}
                aria-label={n.name}
                data-node={n.code}
                data-highlighted={lit || undefined}
                style={{ opacity: dimmed && !lit ? 0.3 : 1 }}
                onMouseEnter={() => setHover({ node: n.code })}
                onFocus={() => setHover({ node: n.code })}
                onBlur={() => setHover(null)}
              >
                <title>{n.name}</title>
                <circle cx={n.x} cy={n.y} r={12} fill="transparent" />
                <NodeDot node={n} r={lit ? 11 : 9} />
              </Link>
            );
          })}
        </svg>
      </div>
      <NetworkLegend />
    </figure>
  );
}
