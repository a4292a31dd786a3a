import Link from 'next/link';
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
  const days = windowToDays(win);
  const period = `${formatPartialDate(days.from)} to ${formatPartialDate(days.to)}`;
  return (
    <>
      <section className={`card ${styles.standTimeline}`} aria-labelledby="stand-timeline-heading">
        <h3 id="stand-timeline-heading">The last {GLANCE_DAYS} days</h3>
        <p className="meta">
          {period}: {timeline.total ? `${timeline.total} events` : 'no events'}
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
          <p className="empty">Nothing was recorded in these {GLANCE_DAYS} days.</p>
        )}
        <p className={styles.more}>
          <Link href={timelineHref(win)}>These {GLANCE_DAYS} days on the timeline</Link>
        </p>
      </section>
      <section className={`card ${styles.standNetwork}`} aria-labelledby="stand-network-heading">
        <h3 id="stand-network-heading">The alliance network today</h3>
        {geometry.nodes.length ? (
          <NetworkSnapshot
            geometry={geometry}
            className={styles.networkSnapshot}
            label={`Network of ${geometry.nodes.length} actors and ${geometry.edges.length} links on ${formatPartialDate(network.at)}: relations in force, and actors named together in at least ${network.minEvents} events of the year before`}
          />
        ) : (
          <p className="empty">No relations are in force and no events link actors this year.</p>
        )}
        <p className={styles.more}>
          <Link href={allianceHref(network)}>
            The alliance network on {formatPartialDate(network.at)}
          </Link>
        </p>
      </section>
    </>
  );
}
