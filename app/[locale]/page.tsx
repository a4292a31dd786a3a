import Link from 'next/link';
import { Suspense } from 'react';
import { CountTable } from '@/components/overview/count-table.tsx';
import {
  EmptyFigureCard,
  EstimateCard,
  MonthCard,
  RelationsCard,
  TradeCard,
} from '@/components/overview/key-figures.tsx';
import { SearchBox } from '@/components/overview/search-box.tsx';
import { WhereThingsStandSection } from './overview-sections.tsx';
import { RecentChanges } from '@/components/overview/recent-changes.tsx';
import { Watchlist } from '@/components/overview/watchlist.tsx';

import styles from '@/components/overview/overview.module.css';
import { shortActorName } from '@/lib/actors/short-name.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import { listActors, listTags } from '@/lib/db/actors/directory.ts';
import { getCurrentUser } from '@/lib/auth/session.ts';
import { listLatestEvents } from '@/lib/db/events/reads.ts';
import { listEstimates } from '@/lib/db/estimates/reads.ts';
import { listRecentChanges } from '@/lib/db/overview/changes.ts';
import { estimateFigures } from '@/lib/overview/estimate-figure.ts';
import { editorDesk } from '@/lib/db/overview/editor-queue.ts';
import { countEventsByActor, countEventsByYear } from '@/lib/db/events/stats.ts';
import {
  getMonthFigures,
  getRelationFigures,
  getTradeFigures,
} from '@/lib/db/overview/key-figures.ts';

export const dynamic = 'force-dynamic';

/** How many of the latest events the watchlist looks through. */
const RECENT = 50;

export default async function OverviewPage() {
  const today = new Date().toISOString().slice(0, 10);
  const user = await getCurrentUser();
  const [recent, changes, desk, byActor, byYear, trade, relations, month, actors, tags, estimates] =
    await Promise.all([
      listLatestEvents(RECENT),
      listRecentChanges(12),
      editorDesk(user),
      countEventsByActor(),
      countEventsByYear(),
      getTradeFigures(),
      getRelationFigures(today),
      getMonthFigures(`${today.slice(0, 7)}-01`),
      listActors(),
      listTags(),
      listEstimates({}),
    ]);
  const figures = estimateFigures(estimates.items);
  const total = byYear.reduce((sum, y) => sum + y.count, 0);
  return (
    <>
      <h1>Alliance Tracker</h1>
      <p className="lede">
        {total
          ? `${total.toLocaleString('en-GB')} sourced events on how North Korea, Russia, China and their partners and rivals line up, from ${byYear[0].year} to ${byYear.at(-1)!.year}.`
          : 'Sourced events on how North Korea, Russia, China and their partners and rivals line up.'}{' '}
        Each event carries its sources, their reliability, and the quotes behind it.
      </p>
      <SearchBox />

      <div className={styles.board}>
        <section aria-labelledby="figures-heading" className={styles.figuresSection}>
          <h2 id="figures-heading">Key figures</h2>
          <div className={styles.figures}>
            {figures.length ? (
              figures.map((figure) => <EstimateCard key={figure.quantity} figure={figure} />)
            ) : (
              <EmptyFigureCard
                title="Estimates"
                text="No estimates recorded yet."
                href="/charts/estimates"
                linkText="Estimate tracker"
              />
            )}
            {trade.length ? (
              trade.map((figure) => <TradeCard key={figure.id} figure={figure} />)
            ) : (
              <EmptyFigureCard
                title="Trade"
                text="No trade series yet."
                href="/charts/trade"
                linkText="Trade chart"
              />
            )}
            <RelationsCard figures={relations} />
            <MonthCard figures={month} />
          </div>
        </section>

        <div className={styles.mainColumn}>
          {desk.queue && (
            <section className={`card ${styles.desk}`} aria-labelledby="queue-heading">
              <h2 id="queue-heading">Waiting for review</h2>
              {desk.queue.drafts ? (
                <>
                  <p>
                    {desk.queue.drafts} draft{desk.queue.drafts === 1 ? '' : 's'} not yet published.
                  </p>
                  <ul className={styles.plainList}>
                    {desk.queue.newestDrafts.map((d) => (
                      <li key={d.slug}>
                        <Link href={`/editor/events/${d.slug}`}>{d.title}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="empty">No drafts are waiting.</p>
              )}
            </section>
          )}
          {desk.deadLinks && (
            <section className={`card ${styles.desk}`} aria-labelledby="dead-links-heading">
              <h2 id="dead-links-heading">Dead source links</h2>
              {desk.deadLinks.count ? (
                <>
                  <p>
                    {desk.deadLinks.count} source{desk.deadLinks.count === 1 ? '' : 's'} flagged as
                    dead at the last link check.
                  </p>
                  <ul className={styles.plainList}>
                    {desk.deadLinks.newest.map((d) => (
                      <li key={d.sourceId}>
                        <Link href={`/editor/sources/${d.sourceId}`}>{d.title}</Link>{' '}
                        <span className="meta">
                          {d.publisher} · {d.status ?? d.error} · checked{' '}
                          {formatPartialDate(d.checkedAt.slice(0, 10))}
                        </span>
                      </li>
                    ))}
                  </ul>
                  <p>
                    <Link href="/editor/sources/links">All source links</Link>
                  </p>
                </>
              ) : (
                <p className="empty">
                  No source is flagged as a dead link.{' '}
                  <Link href="/editor/sources/links">Source links</Link>
                </p>
              )}
            </section>
          )}
          <section className={`card ${styles.changes}`} aria-labelledby="changes-heading">
            <h2 id="changes-heading">What changed</h2>
            <RecentChanges changes={changes} />
            <p>
              <Link href="/timeline">All events on the timeline</Link> ·{' '}
              <Link href="/changes.xml">Feed of every change</Link>
            </p>
          </section>
        </div>
        <div className={styles.sideColumn}>
          <div className={styles.watchlist}>
            <Watchlist
              recent={recent}
              actors={actors.map((a) => ({ value: a.code, label: shortActorName(a.name) }))}
              tags={tags.map((t) => ({ value: t.slug, label: t.name }))}
            />
          </div>
          <section className={`card ${styles.byActor}`} aria-labelledby="by-actor-heading">
            <h2 id="by-actor-heading">Events by actor</h2>
            <CountTable
              caption="Number of events each actor takes part in"
              labelHeader="Actor"
              rows={byActor.map((a) => ({
                key: a.code,
                label: shortActorName(a.name),
                count: a.count,
                color: a.color,
              }))}
            />
          </section>
        </div>

        <section className={styles.stand} aria-labelledby="stand-heading">
          <h2 id="stand-heading" className={styles.standHeading}>
            Where things stand
          </h2>
          {/* Below the fold: streamed after the rest of the page, so it never delays it. */}
          <Suspense
            fallback={
              <p className="meta" aria-busy="true">
                Loading the last 90 days and the network…
              </p>
            }
          >
            <WhereThingsStandSection latest={recent[0]?.date ?? null} today={today} />
          </Suspense>
        </section>
      </div>
    </>
  );
}
