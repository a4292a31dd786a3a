import Link from 'next/link';
import { CountTable } from '@/components/overview/count-table.tsx';
import {
  EstimateCard,
  MonthCard,
  RelationsCard,
  TradeCard,
} from '@/components/overview/key-figures.tsx';
import { SearchBox } from '@/components/overview/search-box.tsx';
import { RecentChanges } from '@/components/overview/recent-changes.tsx';
import { Watchlist } from '@/components/overview/watchlist.tsx';
import styles from '@/components/overview/overview.module.css';
import { shortActorName } from '@/lib/actors/short-name.ts';
import { listActors, listTags } from '@/lib/db/actors/directory.ts';
import { can } from '@/lib/auth/permissions.ts';
import { getCurrentUser } from '@/lib/auth/session.ts';
import { listLatestEvents } from '@/lib/db/events/reads.ts';
import { listEstimates } from '@/lib/db/estimates/reads.ts';
import { listRecentChanges } from '@/lib/db/overview/changes.ts';
import { estimateFigures } from '@/lib/overview/estimate-figure.ts';
import { getEditorQueue } from '@/lib/db/overview/editor-queue.ts';
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
  const [
    recent,
    changes,
    queue,
    byActor,
    byYear,
    trade,
    relations,
    month,
    actors,
    tags,
    estimates,
  ] = await Promise.all([
    listLatestEvents(RECENT),
    listRecentChanges(12),
    can(user, 'events.write') ? getEditorQueue() : null,
    countEventsByActor(),
    countEventsByYear(),
    getTradeFigures(),
    getRelationFigures(today),
    getMonthFigures(`${today.slice(0, 7)}-01`),
    listActors(),
    listTags(),
    listEstimates({}),
  ]);
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

      <section aria-labelledby="figures-heading" className={styles.figuresSection}>
        <h2 id="figures-heading">Key figures</h2>
        <div className={styles.figures}>
          {estimateFigures(estimates.items).map((figure) => (
            <EstimateCard key={figure.quantity} figure={figure} />
          ))}
          {trade.map((figure) => (
            <TradeCard key={figure.id} figure={figure} />
          ))}
          <RelationsCard figures={relations} />
          <MonthCard figures={month} />
        </div>
      </section>

      <div className="grid">
        <div>
          {queue && (
            <section className="card" aria-labelledby="queue-heading">
              <h2 id="queue-heading">Waiting for review</h2>
              {queue.drafts ? (
                <>
                  <p>
                    {queue.drafts} draft{queue.drafts === 1 ? '' : 's'} not yet published.
                  </p>
                  <ul className={styles.plainList}>
                    {queue.newestDrafts.map((d) => (
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
          <section className="card" aria-labelledby="changes-heading">
            <h2 id="changes-heading">What changed</h2>
            <RecentChanges changes={changes} />
            <p>
              <Link href="/timeline">All events on the timeline</Link> ·{' '}
              <Link href="/changes.xml">Feed of every change</Link>
            </p>
          </section>
        </div>
        <div>
          <Watchlist
            recent={recent}
            actors={actors.map((a) => ({ value: a.code, label: shortActorName(a.name) }))}
            tags={tags.map((t) => ({ value: t.slug, label: t.name }))}
          />
          <section className="card" aria-labelledby="by-actor-heading">
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
      </div>
    </>
  );
}
