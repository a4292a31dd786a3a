import { scaleUtc } from 'd3-scale';
import type { Locale } from '@/lib/i18n/localized.ts';
import { chartInLanguage } from '@/lib/timeline/chart-language.ts';
import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/i18n/routing.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import { bucketEnd } from '@/lib/timeline/buckets.ts';
import { axisTicks } from '@/lib/timeline/ticks.ts';
import { windowToDays, type TimeWindow } from '@/lib/timeline/window.ts';
import type { TimelineData } from '@/lib/shapes/timeline.ts';
import { term } from '@/components/ui/terms.ts';
import { placeLanes } from './chart-layout.ts';
import { AxisMarks, ClusterShape, SpanHatch } from './chart-parts.tsx';
import { StatusMark } from './status-mark.tsx';
import styles from './timeline.module.css';

/** The /timeline URL of a window, with an event selected when given. */
export function timelineHref(win: TimeWindow, event?: string): string {
  const { from, to } = windowToDays(win);
  const params = new URLSearchParams({ start: from, end: to });
  if (event) params.set('event', event);
  return `/timeline?${params}`;
}

/**
 * A small, read-only drawing of a timeline window, rendered on the server with no script:
 * the readable timeline's own layout (chart-layout.ts, the same packing into titled marks and
 * clusters), axis ticks, status marks and styles, in one band, with every mark a plain link
 * to that event on /timeline at the same window (a cluster, or a dense window's bucket, to
 * /timeline zoomed to it). No zoom, pan, hover card or eras: /timeline has those.
 */
export function TimelineGlance({
  data,
  win,
  width,
}: {
  data: TimelineData;
  win: TimeWindow;
  width: number;
}) {
  const t = useTranslations('timeline');
  const terms = useTranslations('terms');
  const locale = useLocale();
  const date = (day: string) => formatPartialDate(day, locale);
  // Plain links (no script here), so the language prefix is added by hand.
  const href = (w: TimeWindow, slug?: string) => localizedPath(locale, timelineHref(w, slug));
  const x = scaleUtc().domain([win.start, win.end]).range([0, width]);
  const { lanes, height } = placeLanes(
    chartInLanguage(data, locale as Locale),
    win,
    x,
    undefined,
    undefined,
    (count) => t('clusterText', { count }),
  );
  const { ticks, major } = axisTicks(win.start, win.end, width, locale);
  const hatch = `glance-hatch-${width}`;
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="group"
      aria-label={t('glanceLabel', {
        from: date(windowToDays(win).from),
        to: date(windowToDays(win).to),
        count: data.total,
      })}
      data-testid="timeline-glance"
    >
      <defs>
        <SpanHatch id={hatch} />
      </defs>
      {lanes.map((lane, i) => (
        <rect
          key={lane.key}
          className={i % 2 ? styles.laneOdd : styles.laneEven}
          x={0}
          y={lane.y}
          width={width}
          height={lane.height}
        />
      ))}
      <g className={styles.axis} aria-hidden="true">
        <AxisMarks ticks={ticks} major={major} x={x} bottom={height} />
      </g>
      {data.mode === 'buckets'
        ? data.lanes.map((lane, i) => {
            const max = Math.max(...lane.buckets.map((b) => b.count), 1);
            return lane.buckets.map((b) => {
              const end = bucketEnd(b.t, data.bucket);
              const x1 = x(b.t);
              const day = windowToDays({ start: b.t, end }).from;
              return (
                <a
                  key={`${lane.key}-${b.t}`}
                  href={href({ start: b.t, end })}
                  aria-label={t('bucketLabel', { count: b.count, date: date(day) })}
                >
                  <rect
                    className={styles.bucket}
                    x={x1}
                    y={lanes[i].y + 6}
                    width={Math.max(2, x(end) - x1 - 1)}
                    height={lanes[i].height - 12}
                    style={{ opacity: 0.2 + (0.8 * b.count) / max }}
                  />
                </a>
              );
            });
          })
        : lanes.flatMap((lane) => [
            ...lane.clusters.map((c) => (
              <a
                key={`cluster-${c.items[0].slug}`}
                href={href(c.zoom)}
                className={styles.cluster}
                aria-label={`${c.text}: ${c.items.map((item) => item.title).join('; ')}`}
              >
                <ClusterShape c={c} />
              </a>
            )),
            ...lane.marks.map(({ item, kind, x1, x2, markX, y, text, labelX, left, right }) => (
              <a
                key={item.slug}
                href={href(win, item.slug)}
                className={styles.item}
                data-slug={item.slug}
                aria-label={`${item.title}, ${date(item.date)}, ${term(terms, 'status', item.status)}`}
              >
                {kind !== 'point' ? (
                  <rect
                    className={kind === 'bar' ? styles.bar : styles.span}
                    style={kind === 'span' ? { fill: `url(#${hatch})` } : undefined}
                    x={x1}
                    y={y + 6}
                    width={x2 - x1}
                    height={5}
                  />
                ) : null}
                <StatusMark status={item.status} x={markX} y={y} />
                <text className={styles.label} x={labelX} y={y + 4}>
                  {text}
                </text>
                <rect className={styles.hit} x={left} y={y - 11} width={right - left} height={22} />
              </a>
            )),
          ])}
    </svg>
  );
}
