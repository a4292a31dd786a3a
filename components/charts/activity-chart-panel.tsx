'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { activityCsv } from '@/lib/charts/activity-export.ts';
import type { ActivityChart } from '@/lib/charts/activity.ts';
import { ChartFrame } from './chart-frame.tsx';
import { ExportMenu } from './export-menu.tsx';

/** Events per year or month by actor or tag, in the shared frame with the same exports. */
/** `origin`: the site's public address (SITE_URL), printed on every export. */
export function ActivityChartPanel({ chart, origin }: { chart: ActivityChart; origin: string }) {
  const t = useTranslations('charts.activity');
  const plotRef = useRef<HTMLDivElement>(null);
  const rows = (chart.series[0]?.points ?? []).map((p, i) => {
    const row: Record<string, string | number> = { period: p.period };
    for (const s of chart.series) row[s.id] = s.points[i].value;
    return row;
  });
  const Chart = chart.kind === 'line' ? LineChart : BarChart;
  return (
    <ChartFrame
      chart={chart}
      plotRef={plotRef}
      actions={
        <ExportMenu
          chart={chart}
          name="activity"
          csv={(o, l) => activityCsv(chart, o, l)}
          target={plotRef}
          origin={origin}
        />
      }
    >
      {chart.series.length ? (
        <ResponsiveContainer width="100%" height={420}>
          <Chart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} accessibilityLayer>
            <CartesianGrid stroke="#d8dde6" vertical={false} />
            <XAxis dataKey="period" stroke="#4f5869" interval="preserveStartEnd" minTickGap={16} />
            <YAxis allowDecimals={false} stroke="#4f5869" width={48} />
            <Tooltip />
            {chart.series.map((s) =>
              chart.kind === 'line' ? (
                <Line
                  key={s.id}
                  dataKey={s.id}
                  name={s.label}
                  stroke={s.color}
                  strokeWidth={2.5}
                  dot={false}
                  isAnimationActive={false}
                />
              ) : (
                <Bar
                  key={s.id}
                  dataKey={s.id}
                  name={s.label}
                  fill={s.color}
                  isAnimationActive={false}
                />
              ),
            )}
          </Chart>
        </ResponsiveContainer>
      ) : (
        <p className="empty">{t('empty')}</p>
      )}
    </ChartFrame>
  );
}
