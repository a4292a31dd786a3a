import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation.ts';
import { AllianceMap } from '@/components/alliances/alliance-map.tsx';
import { AllianceMatrix } from '@/components/alliances/alliance-matrix.tsx';
import { AllianceNetwork } from '@/components/alliances/alliance-network.tsx';
import { EdgePanel } from '@/components/alliances/edge-panel.tsx';
import { PanelTop } from '@/components/alliances/panel-top.tsx';
import { TimeSlider } from '@/components/alliances/time-slider.tsx';
import styles from '@/components/alliances/alliances.module.css';
import { edgeIdOf } from '@/lib/alliances/edge-id.ts';
import { allianceHref } from '@/lib/alliances/url.ts';
import { networkGeometry } from '@/lib/alliances/network-geometry.ts';
import { formatPartialDate } from '@/lib/dates.ts';
import {
  getAllianceAnchors,
  getAllianceNetwork,
  listEdgeEvents,
  listLocatedEvents,
  listStates,
} from '@/lib/db/relations/reads.ts';
import { stancesToward } from '@/lib/map/stance.ts';
import { allianceQuerySchema } from '@/lib/schemas/alliance.ts';
import { shortActorName } from '@/lib/actors/short-name.ts';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Alliances' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AlliancesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = allianceQuerySchema.safeParse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  if (!parsed.success) {
    return (
      <>
        <h1>Alliances</h1>
        <p role="alert">
          This link has an invalid {parsed.error.issues.map((i) => i.path.join('.')).join(', ')}.{' '}
          <Link href="/alliances">Show the default view</Link>.
        </p>
      </>
    );
  }
  const query = parsed.data;
  const [{ nodes, edges }, anchors] = await Promise.all([
    getAllianceNetwork(query.at, query.from, query.minEvents, query.asOf),
    getAllianceAnchors(query.minEvents),
  ]);
  const selectedId = query.edge
    ? edgeIdOf(...(query.edge.split('-') as [string, string]))
    : undefined;
  const selected = edges.find((e) => e.id === selectedId);
  const edgeEvents = selected
    ? await listEdgeEvents(selected.a, selected.b, query.from, query.at)
    : [];
  const hrefFor = (edge: string) =>
    allianceHref(query, { edge: edge === selectedId ? null : edge });
  const [states, located] =
    query.view === 'map'
      ? await Promise.all([listStates(), listLocatedEvents(query.from, query.at)])
      : [[], []];
  const focus = states.find((s) => s.code === query.focus) ?? {
    code: query.focus,
    name: query.focus,
    color: null,
  };
  const exportQuery = new URLSearchParams({
    at: query.at,
    from: query.from,
    minEvents: String(query.minEvents),
    ...(query.asOf ? { asOf: query.asOf } : {}),
  }).toString();
  const names = Object.fromEntries(nodes.map((n) => [n.code, shortActorName(n.name)]));

  return (
    <>
      <h1>Alliances</h1>
      <p className="lede">
        Who stands with whom on {formatPartialDate(query.at)}: relations in force (treaties,
        partnerships, memberships, sanctions, arms transfers) and how often actors were named
        together in events from {formatPartialDate(query.from)}. Select a link to see the relations
        and events behind it.
      </p>
      {query.asOf ? (
        <p role="status" className="card">
          <strong>A past state:</strong> only what was publicly known on{' '}
          {formatPartialDate(query.asOf)}. <Link href="/alliances">See what is known now</Link>.
        </p>
      ) : null}
      <div className={styles.toolbar}>
        <TimeSlider at={query.at} minYear={2005} maxYear={new Date().getUTCFullYear()} />
        <form method="get" action="/alliances" className={styles.slider}>
          <input type="hidden" name="at" value={query.at} />
          {query.view !== 'network' ? <input type="hidden" name="view" value={query.view} /> : null}
          {query.view === 'map' ? (
            <>
              <label htmlFor="focus">Colour countries by their relation to</label>
              <select id="focus" name="focus" defaultValue={query.focus}>
                {states.map((s) => (
                  <option key={s.code} value={s.code}>
                    {shortActorName(s.name)}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <label htmlFor="min-events">Pairs without a relation: at least</label>
          <select id="min-events" name="minEvents" defaultValue={String(query.minEvents)}>
            {[1, 2, 3, 5, 10].map((n) => (
              <option key={n} value={n}>
                {n} shared {n === 1 ? 'event' : 'events'}
              </option>
            ))}
          </select>
          <button type="submit">Apply</button>
        </form>
        <ul className={styles.tabs} aria-label="View">
          {(['network', 'matrix', 'map'] as const).map((view) => (
            <li key={view}>
              <Link
                href={allianceHref(query, { view })}
                aria-current={query.view === view ? 'page' : undefined}
                scroll={false}
              >
                {view[0].toUpperCase() + view.slice(1)}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <p className="meta">
        Download this network:{' '}
        <a href={`/api/alliances/network.png?${exportQuery}`} download>
          PNG
        </a>{' '}
        ·{' '}
        <a href={`/api/alliances/network.svg?${exportQuery}`} download>
          SVG
        </a>{' '}
        ·{' '}
        <a href={`/api/alliances/network.csv?${exportQuery}`} download>
          CSV
        </a>
      </p>
      <div className={styles.layout}>
        <section className="card" aria-label={query.view[0].toUpperCase() + query.view.slice(1)}>
          {query.view === 'network' ? (
            <AllianceNetwork
              geometry={networkGeometry(nodes, edges, new Map(Object.entries(anchors)))}
              selected={selectedId}
              hrefs={Object.fromEntries(edges.map((e) => [e.id, hrefFor(e.id)]))}
              at={query.at}
            />
          ) : null}
          {query.view === 'matrix' ? (
            <AllianceMatrix
              nodes={nodes}
              edges={edges}
              hrefs={Object.fromEntries(edges.map((e) => [e.id, hrefFor(e.id)]))}
            />
          ) : null}
          {query.view === 'map' ? (
            <AllianceMap
              focus={focus}
              stances={stancesToward(query.focus, edges)}
              events={located}
            />
          ) : null}
        </section>
        {selected ? (
          <PanelTop selection={selected.id}>
            <EdgePanel
              edge={selected}
              names={names}
              fullNames={Object.fromEntries(nodes.map((n) => [n.code, n.name]))}
              events={edgeEvents}
              from={query.from}
              at={query.at}
            />
          </PanelTop>
        ) : (
          <section className="card" aria-label="Links">
            <h2>Links on {formatPartialDate(query.at)}</h2>
            {edges.length ? (
              <ul className={styles.linkList}>
                {edges.map((e) => (
                  <li key={e.id}>
                    <Link href={hrefFor(e.id)} scroll={false}>
                      {names[e.a]} – {names[e.b]}
                    </Link>{' '}
                    <span className="meta">
                      {e.relations.map((r) => r.title).join('; ') || 'events only'}
                      {e.eventCount ? ` · ${e.eventCount} events` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="empty">Nothing in force on this date.</p>
            )}
          </section>
        )}
      </div>
    </>
  );
}
