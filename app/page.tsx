import { EventList } from '@/components/events/event-list.tsx';
import { CountTable } from '@/components/overview/count-table.tsx';
import { listLatestEvents } from '@/lib/db/events/reads.ts';
import { countEventsByActor, countEventsByYear } from '@/lib/db/events/stats.ts';
import { shortActorName } from '@/lib/actors/short-name.ts';

export const dynamic = 'force-dynamic';

export default async function OverviewPage() {
  const [latest, byActor, byYear] = await Promise.all([
    listLatestEvents(15),
    countEventsByActor(),
    countEventsByYear(),
  ]);
  const total = byYear.reduce((sum, y) => sum + y.count, 0);
  return (
    <>
      <h1>Alliance Tracker</h1>
      <p className="lede">
        {total} sourced events on how North Korea, Russia, China and their partners and rivals line
        up, from {byYear[0]?.year ?? '—'} to {byYear.at(-1)?.year ?? '—'}. Each event carries its
        sources, their reliability, and the quotes behind it.
      </p>
      <div className="grid">
        <section className="card" aria-labelledby="latest-heading">
          <h2 id="latest-heading">Latest events</h2>
          <EventList events={latest} />
        </section>
        <div>
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
          <section className="card" aria-labelledby="by-year-heading">
            <h2 id="by-year-heading">Events by year</h2>
            <CountTable
              caption="Number of events starting in each year"
              labelHeader="Year"
              rows={byYear.map((y) => ({
                key: String(y.year),
                label: String(y.year),
                count: y.count,
              }))}
            />
          </section>
        </div>
      </div>
    </>
  );
}
