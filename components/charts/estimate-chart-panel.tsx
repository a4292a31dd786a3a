import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import {
  estimateQueryString,
  layoutEstimates,
  type EstimateChart,
} from '@/lib/charts/estimates.ts';
import { ESTIMATE_BOX } from '@/lib/charts/estimates-export.ts';
import { HEADER_HEIGHT, SVG_WIDTH } from '@/lib/charts/trade-svg.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import { ChartFrame } from './chart-frame.tsx';
import styles from './chart.module.css';

// The estimate tracker on the page: the same marks the server SVG draws (lib/charts), as
// React elements, each claim linked to its event; below it the claims as a table. Exports
// come from the server (/api/charts/estimates.*), so the files are the chart readers see.

const VIEW_TOP = HEADER_HEIGHT;

function Marks({ chart, locale }: { chart: EstimateChart; locale: string }) {
  const { marks, xTicks, yTicks } = layoutEstimates(chart, ESTIMATE_BOX);
  const box = ESTIMATE_BOX;
  const label = (id: string) => chart.series.find((s) => s.id === id)!.label;
  return (
    <svg
      viewBox={`0 ${VIEW_TOP} ${SVG_WIDTH} ${box.y1 + 28 - VIEW_TOP}`}
      width="100%"
      role="group"
      aria-label={chart.title}
      className="estimate-plot"
    >
      {yTicks.map((t) => (
        <g key={t.label}>
          <line x1={box.x0} x2={box.x1} y1={t.y} y2={t.y} stroke="#d8dde6" />
          <text x={box.x0 - 8} y={t.y + 4} fontSize={12} textAnchor="end" fill="#4f5869">
            {t.label}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text
          key={t.label}
          x={t.x}
          y={box.y1 + 18}
          fontSize={12}
          textAnchor="middle"
          fill="#4f5869"
        >
          {t.label}
        </text>
      ))}
      <line x1={box.x0} x2={box.x1} y1={box.y1} y2={box.y1} stroke="#4f5869" />
      {marks.map((m) => {
        const p = m.point;
        const title = `${label(m.series)}, ${p.refersTo}: ${p.claim}`;
        const c = m.color;
        const body = (
          <>
            <title>{title}</title>
            {m.low !== null && m.high !== null ? (
              <>
                <line
                  x1={m.x}
                  x2={m.x}
                  y1={m.low}
                  y2={m.high}
                  stroke={c}
                  strokeWidth={2}
                  className="range"
                />
                <line x1={m.x - 5} x2={m.x + 5} y1={m.low} y2={m.low} stroke={c} strokeWidth={2} />
                <line
                  x1={m.x - 5}
                  x2={m.x + 5}
                  y1={m.high}
                  y2={m.high}
                  stroke={c}
                  strokeWidth={2}
                />
              </>
            ) : null}
            {(m.openUp && m.low !== null) || (m.openDown && m.high !== null) ? (
              <>
                <line
                  x1={m.x}
                  x2={m.x}
                  y1={(m.openUp ? m.low : m.high)!}
                  y2={m.openUp ? m.top : m.bottom}
                  stroke={c}
                  strokeWidth={2}
                  strokeDasharray="4 3"
                  className="range open"
                />
                <line
                  x1={m.x - 5}
                  x2={m.x + 5}
                  y1={(m.openUp ? m.low : m.high)!}
                  y2={(m.openUp ? m.low : m.high)!}
                  stroke={c}
                  strokeWidth={2}
                />
                <path
                  d={
                    m.openUp
                      ? `M${m.x - 5},${m.top + 8}L${m.x},${m.top}L${m.x + 5},${m.top + 8}`
                      : `M${m.x - 5},${m.bottom - 8}L${m.x},${m.bottom}L${m.x + 5},${m.bottom - 8}`
                  }
                  fill="none"
                  stroke={c}
                  strokeWidth={2}
                />
              </>
            ) : null}
            {m.best !== null ? (
              <circle
                cx={m.x}
                cy={m.best}
                r={5.5}
                fill={c}
                stroke="#ffffff"
                strokeWidth={1.5}
                className="best"
              />
            ) : null}
          </>
        );
        return p.event ? (
          <a
            key={p.id}
            href={`${locale === 'en' ? '' : `/${locale}`}/events/${p.event.slug}`}
            className="claim"
            data-claimant={m.series}
            aria-label={title}
          >
            {body}
          </a>
        ) : (
          <g key={p.id} className="claim" data-claimant={m.series}>
            {body}
          </g>
        );
      })}
    </svg>
  );
}

export function EstimateChartPanel({
  chart,
  embedded = false,
}: {
  chart: EstimateChart;
  embedded?: boolean;
}) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const query = [estimateQueryString(chart), locale === 'en' ? '' : `lang=${locale}`]
    .filter(Boolean)
    .join('&');
  const qs = query ? `?${query}` : '';
  const files = (['png', 'svg', 'csv'] as const).map((f) => ({
    format: f,
    href: `/api/charts/estimates.${f}${qs}`,
  }));
  return (
    <ChartFrame
      chart={chart}
      actions={
        embedded ? null : (
          <div className={styles.exports} role="group" aria-label={t('exports.group')}>
            <span className={styles.small}>{t('exports.download')}</span>
            {files.map((f) => (
              <a
                key={f.format}
                href={f.href}
                download={`${chart.fileBase}.${f.format}`}
                className="button"
              >
                {f.format.toUpperCase()}
              </a>
            ))}
            <details className={styles.serverLinks}>
              <summary>{t('exports.links')}</summary>
              <ul>
                {files.map((f) => (
                  <li key={f.format}>
                    <a href={f.href}>{f.href}</a>
                  </li>
                ))}
                <li>
                  <a href={`/embed${chart.path}`}>{t('exports.embed')}</a>
                </li>
              </ul>
            </details>
          </div>
        )
      }
    >
      {chart.series.length ? (
        <Marks chart={chart} locale={locale} />
      ) : (
        <p className="empty">{t('estimates.empty', { asOf: chart.asOf ? 'yes' : 'no' })}</p>
      )}
      {embedded ? null : (
        <table className="estimate-table">
          <caption>{t('estimates.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('estimates.refersTo')}</th>
              <th scope="col">{t('estimates.claimant')}</th>
              <th scope="col">{t('estimates.claim')}</th>
              <th scope="col">{t('estimates.source')}</th>
              <th scope="col">{t('estimates.event')}</th>
            </tr>
          </thead>
          <tbody>
            {chart.series
              .flatMap((s) => s.points.map((p) => ({ s, p })))
              .sort((a, b) => a.p.t - b.p.t || a.p.id - b.p.id)
              .map(({ s, p }) => (
                <tr key={p.id} data-claimant={s.id}>
                  <td>{formatPartialDate(p.refersTo, locale)}</td>
                  <td>{s.label}</td>
                  <td>{p.claim}</td>
                  <td>
                    {p.source.url ? (
                      <a href={p.source.url} rel="noopener noreferrer nofollow">
                        {p.source.publisher}
                      </a>
                    ) : (
                      p.source.publisher
                    )}
                    , {formatPartialDate(p.source.publishedAt, locale)}
                  </td>
                  <td>
                    {p.event ? <Link href={`/events/${p.event.slug}`}>{p.event.title}</Link> : '—'}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </ChartFrame>
  );
}
