'use client';

import { usePlotArea, useXAxisScale } from 'recharts';
import {
  LABEL_FONT_SIZE,
  labelBaseline,
  placeMarkerLabels,
} from '@/lib/charts/trade-annotations.ts';
import type { TradeMarker } from '@/lib/charts/trade-chart.ts';

/**
 * Short titles of the most important events beside their markers, in the band above the
 * plot (placed by lib/charts/trade-annotations.ts, as in the server SVG). Inside the chart's
 * <svg>, so the SVG and PNG downloads carry them.
 */
export function MarkerLabels({ markers }: { markers: TradeMarker[] }) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (!plot || !scale) return null;
  const candidates = markers
    .filter((m) => m.labelled)
    .map((m) => ({ slug: m.slug, label: m.label, x: Number(scale(m.x)) }))
    .filter((c) => Number.isFinite(c.x));
  const placed = placeMarkerLabels(candidates, { left: plot.x, right: plot.x + plot.width });
  return (
    <g className="marker-labels">
      {placed.map((l) => {
        const base = labelBaseline(plot.y, l.row);
        return (
          <g key={l.slug} className="marker-label" data-slug={l.slug}>
            <line x1={l.x} x2={l.x} y1={base + 3} y2={plot.y - 10} stroke="#8a93a3" />
            <text
              x={l.textX}
              y={base}
              fontSize={LABEL_FONT_SIZE}
              textAnchor={l.anchor}
              fill="#1a1f2b"
            >
              {l.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
