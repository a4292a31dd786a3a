import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';
import { NetworkSnapshot } from '@/components/alliances/network-snapshot.tsx';
import { TimelineGlance, timelineHref } from '@/components/timeline/timeline-glance.tsx';
import type { NetworkGeometry } from '@/components/alliances/network-parts.tsx';
import { allianceHref } from '@/lib/alliances/url.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import type { AllianceQuery } from '@/lib/schemas/alliance.ts';
import type { TimelineData } from '@/lib/shapes/timeline.ts';
import { GLANCE_DAYS } from '@/lib/overview/glance-window.ts';
import { windowToDays, type TimeWindow } from '@/lib/timeline/window.ts';
import styles from './overview.module.css';

/** Above this many events the glance draws counts per bucket, as /timeline does when dense. */
export const GLANCE_MAX_ITEMS = 60;

/**
 * "Where things stand": the readable timeline of the last 90 days (its loader and layout, drawn
 * read-only) and the alliance network today (its loader and geometry, drawn still), each
 * linking to its page at the same window or date. The data comes from app/[locale]/overview-sections.tsx.
 */
export function WhereThingsStand({
  win,
  timeline,
  network,
  geometry,
}: {
  win: TimeWindow;
  timeline: TimelineData;
  network: AllianceQuery;
  geometry: NetworkGeometry;
}) {
  const t = useTranslations('overview.stand');
  const locale = useLocale();
  const days = windowToDays(win);
  const at = formatPartialDate(network.at, locale);
  return (
    <>
      <section className={`card ${styles.standTimeline}`} aria-labelledby="stand-timeline-heading">
        <h3 id="stand-timeline-heading">{t('lastDays', { days: GLANCE_DAYS })}</h3>
        <p className="meta">
          {t('period', {
            from: formatPartialDate(days.from, locale),
            to: formatPartialDate(days.to, locale),
            count: timeline.total,
          })}
        </p>
        {timeline.total ? (
          <>
            <div className={styles.glanceWide}>
              <TimelineGlance data={timeline} win={win} width={640} />
            </div>
            <div className={styles.glanceNarrow}>
              <TimelineGlance data={timeline} win={win} width={340} />
            </div>
          </>
        ) : (
          <p className="empty">{t('nothing', { days: GLANCE_DAYS })}</p>
        )}
        <p className={styles.more}>
          <Link href={timelineHref(win)}>{t('onTimeline', { days: GLANCE_DAYS })}</Link>
        </p>
      </section>
      <section className={`card ${styles.standNetwork}`} aria-labelledby="stand-network-heading">
        <h3 id="stand-network-heading">{t('networkToday')}</h3>
        {geometry.nodes.length ? (
          <NetworkSnapshot
            geometry={geometry}
            className={styles.networkSnapshot}
            label={t('networkLabel', {
              nodes: geometry.nodes.length,
              edges: geometry.edges.length,
              date: at,
              min: network.minEvents,
            })}
          />
        ) : (
          <p className="empty">{t('noNetwork')}</p>
        )}
        <p className={styles.more}>
          <Link href={allianceHref(network)}>{t('networkOn', { date: at })}</Link>
        </p>
      </section>
    </>
  );
}
