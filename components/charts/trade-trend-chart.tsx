'use client';

import { useLocale, useTranslations } from 'next-intl';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatValue, valueAxis, yearTicks } from '@/lib/charts/scales.ts';
import { lineRuns, type TradeChart, type TradeMarker } from '@/lib/charts/trade-chart.ts';
import { LABEL_BAND } from '@/lib/charts/trade-annotations.ts';
import { MarkerLabels } from './marker-labels.tsx';
import { TradeTooltip } from './trade-tooltip.tsx';

// The trade chart drawn with recharts from the shaped chart data: the same domain and
// ticks as the server SVG (lib/charts/scales.ts). Animation is off so an export taken at
// once shows the finished chart.

const CHART_HEIGHT = 420;

interface Props {
  chart: TradeChart;
  /** Fractional years to show instead of the chart's own years (under the timeline). */
  xDomain?: [number, number];
  /** Draw the event triangles, and label the most important events above the plot. */
  annotate?: boolean;
  /** Draw event triangles (off on the lower panels of small multiples: lines only). */
  flags?: boolean;
  /** Shade and label years without figures ("no data"). */
  gaps?: boolean;
  /** A heading drawn inside the chart (a small multiple's series), so exports keep it. */
  heading?: string;
  height?: number;
}

export function TradeTrendChart({
  chart,
  xDomain,
  annotate = false,
  flags = true,
  gaps = false,
  heading,
  height = CHART_HEIGHT,
}: Props) {
  const t = useTranslations('charts.trade');
  const locale = useLocale();
  const domain = xDomain ?? [chart.from - 0.5, chart.to + 0.5];
  const ticks = yearTicks(Math.ceil(domain[0]), Math.floor(domain[1]));
  const axis = valueAxis(chart);
  // Bars: one key per series. Lines: one key per run of one compiler (lineRuns), so a line
  // never joins two compilers or bridges a missing year.
  const runs = chart.series.map((s) => ({ s, runs: lineRuns(s) }));
  const rows =
    chart.series[0]?.points.map((_, i) => {
      const row: Record<string, number | null> = { year: chart.series[0].points[i].year };
      for (const s of chart.series) row[s.id] = s.points[i].value;
      for (const { s, runs: rs } of runs) rs.forEach((r, k) => (row[`${s.id}~${k}`] = r.values[i]));
      return row;
    }) ?? [];
  const Chart = chart.kind === 'bar' ? BarChart : LineChart;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <Chart
        data={rows}
        margin={{
          top: (annotate ? LABEL_BAND : 16) + (heading ? 22 : 0),
          right: 24,
          bottom: 8,
          left: 16,
        }}
        accessibilityLayer
      >
        {heading && (
          <text x={16} y={16} fontSize={13} fontWeight={600} fill="#1a1f2b">
            {heading}
          </text>
        )}
        <CartesianGrid stroke="#d8dde6" vertical={false} />
        <XAxis
          dataKey="year"
          type="number"
          domain={domain}
          ticks={ticks}
          allowDecimals={false}
          allowDataOverflow
          stroke="#4f5869"
        />
        <YAxis
          scale={axis.kind}
          domain={axis.domain}
          ticks={axis.ticks}
          allowDataOverflow
          tickFormatter={(v: number) => formatValue(v, chart.mode, true, locale)}
          width={76}
          stroke="#4f5869"
        />
        <Tooltip content={<TradeTooltip chart={chart} />} />
        {chart.series.flatMap((s) =>
          s.breaks.map((b) => (
            <ReferenceLine
              key={`break-${s.id}-${b.year}`}
              x={b.year - 0.5}
              stroke={s.color}
              strokeDasharray="2 4"
              strokeWidth={1.5}
            />
          )),
        )}
        {gaps &&
          chart.series.flatMap((s, i) =>
            s.gaps.map((g) => (
              <ReferenceArea
                key={`gap-${s.id}-${g.from}`}
                x1={g.from - 0.5}
                x2={g.to + 0.5}
                fill="#eef0f4"
                fillOpacity={1}
                ifOverflow="hidden"
                className="no-data"
                label={{
                  value:
                    chart.series.length > 1 && g.to > g.from
                      ? t('seriesGap', { label: s.label })
                      : t('gap'),
                  position: 'insideBottom',
                  offset: 10 + i * 14,
                  fontSize: 11,
                  fill: '#4f5869',
                }}
              />
            )),
          )}
        {chart.markers.map((m) => (
          <ReferenceLine
            key={`m-${m.slug}-${m.seriesId}`}
            x={m.x}
            stroke={m.color}
            strokeOpacity={0.35}
            label={
              flags
                ? (props: FlagProps) => <MarkerFlag {...props} marker={m} locale={locale} />
                : undefined
            }
          />
        ))}
        {annotate && <MarkerLabels markers={chart.markers} />}
        {chart.kind === 'bar'
          ? chart.series.map((s) => (
              <Bar
                key={s.id}
                dataKey={s.id}
                name={s.label}
                fill={s.color}
                isAnimationActive={false}
              />
            ))
          : runs.flatMap(({ s, runs: rs }) =>
              rs.map((_, k) => (
                <Line
                  key={`${s.id}~${k}`}
                  dataKey={`${s.id}~${k}`}
                  name={s.label}
                  stroke={s.color}
                  strokeWidth={2.5}
                  connectNulls={false}
                  isAnimationActive={false}
                  dot={(p: DotProps) => (
                    <PointDot
                      key={`${s.id}-${k}-${p.index}`}
                      {...p}
                      color={s.color}
                      isLow={s.points[p.index]?.isLowConfidence ?? false}
                    />
                  )}
                />
              )),
            )}
      </Chart>
    </ResponsiveContainer>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  index: number;
  value?: unknown;
}

/** Low-confidence figures are hollow with a dashed ring; the tooltip says why. */
function PointDot({ cx, cy, value, color, isLow }: DotProps & { color: string; isLow: boolean }) {
  if (cx === undefined || cy === undefined || value === null || value === undefined) return null;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={4}
      fill={isLow ? '#ffffff' : color}
      stroke={color}
      strokeWidth={2}
      strokeDasharray={isLow ? '2 2' : undefined}
      data-low-confidence={isLow || undefined}
    />
  );
}

interface FlagProps {
  viewBox?: { x?: number; y?: number };
}

/** A small flag at the top of an event's line; a link to the event, named in its title. */
function MarkerFlag({
  viewBox,
  marker,
  locale,
}: FlagProps & { marker: TradeMarker; locale: string }) {
  const x = viewBox?.x ?? 0;
  const y = viewBox?.y ?? 0;
  return (
    <a
      href={`${locale === 'en' ? '' : `/${locale}`}/events/${marker.slug}`}
      aria-label={`${marker.date}: ${marker.title}`}
      className="chart-marker"
    >
      <title>{`${marker.date}: ${marker.title}`}</title>
      <path d={`M${x - 5},${y - 9} h10 l-5,8 z`} fill={marker.color} />
      <rect x={x - 7} y={y - 11} width={14} height={14} fill="transparent" />
    </a>
  );
}
