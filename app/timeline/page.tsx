import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { EventPanel } from '@/components/timeline/event-panel.tsx';
import { TimelineFilters } from '@/components/timeline/timeline-filters.tsx';
import { TimelineList } from '@/components/timeline/timeline-list.tsx';
import { TimelineView } from '@/components/timeline/timeline-view.tsx';
import { TradeBeneath } from '@/components/timeline/trade-beneath.tsx';
import { listActors, listTags } from '@/lib/db/actor-directory.ts';
import { listEvents } from '@/lib/db/event-list.ts';
import { getEvent } from '@/lib/db/events.ts';
import { getTimeline } from '@/lib/db/timeline.ts';
import { getTradeChart } from '@/lib/db/trade.ts';
import { tradeYears } from '@/lib/timeline/trade-axis.ts';
import { windowFromDays } from '@/lib/timeline/window.ts';
import { tradeQuerySchema } from '@/lib/schemas/trade.ts';
import { InvalidInput } from '@/lib/http/errors.ts';
import { parseQuery } from '@/lib/http/handler.ts';
import { cursorSchema, filterToParams, timelineQuerySchema } from '@/lib/schemas/event-query.ts';
import styles from './page.module.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Timeline' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const one of [v ?? []].flat()) params.append(k, one);
  return params;
}

export default async function TimelinePage({ searchParams }: Props) {
  const params = toParams(await searchParams);
  let query, cursor;
  try {
    query = parseQuery(timelineQuerySchema, params);
    cursor = parseQuery(z.object({ cursor: cursorSchema.optional() }), new URLSearchParams(params.has('cursor') ? { cursor: params.get('cursor')! } : {})).cursor;
  } catch (err) {
    if (!(err instanceof InvalidInput)) throw err;
    return <BadQuery fields={(err.extra.fields ?? {}) as Record<string, string>} />;
  }
  const [data, list, selected, actors, tags] = await Promise.all([
    getTimeline(query),
    listEvents({ ...query, cursor, limit: 25 }),
    query.event ? getEvent(query.event) : null,
    listActors(),
    listTags(),
  ]);
  // ?trade=KP-CN,KP-RU opens the trade chart beneath, on the same window.
  const tradeQuery = params.has('trade')
    ? tradeQuerySchema.safeParse({ series: params.get('trade'), ...tradeYears(windowFromDays(data.from, data.to)) })
    : null;
  const trade = tradeQuery?.success ? await getTradeChart(tradeQuery.data) : null;
  const keep = (change: (p: URLSearchParams) => void) => {
    const p = new URLSearchParams(params);
    change(p);
    return `/timeline?${p}`;
  };
  const exportQs = filterToParams(query).toString();
  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">Every published event on a time axis. Zoom with the buttons, the wheel, a pinch or the keyboard; drag to move; pick an event to read its sources and quotes.</p>
      <TimelineFilters key={params.toString()} query={query} actors={actors.filter((a) => a.kind !== 'person' && a.eventCount > 0)} tags={tags.filter((t) => t.eventCount > 0)} />
      <div className={selected ? styles.withPanel : styles.single}>
        <TimelineView data={data} selected={selected?.slug ?? null} lanesKind={query.lanes} />
        {selected ? <EventPanel event={selected} closeHref={keep((p) => p.delete('event'))} /> : null}
      </div>
      {query.event && !selected ? <p role="alert">The selected event was not found; it may have been removed.</p> : null}
      {trade ? (
        <>
          <TradeBeneath chart={trade.chart} from={data.from} to={data.to} />
          <p className="meta">
            <Link href={keep((p) => p.delete('trade'))} scroll={false}>Hide the trade chart</Link>
          </p>
        </>
      ) : (
        <p className="meta">
          {tradeQuery && !tradeQuery.success ? <span role="alert">The trade series in this link cannot be read: {tradeQuery.error.issues[0].message}. </span> : null}
          <Link href={keep((p) => p.set('trade', 'KP-CN,KP-RU'))} scroll={false}>Show North Korea&apos;s trade with China and Russia beneath, on the same window</Link>
        </p>
      )}
      <section className="card" aria-labelledby="list-heading">
        <h2 id="list-heading">{query.q ? `Events matching “${query.q}”` : 'Events'}</h2>
        <p className="meta">
          <a href={`/api/events/export.csv?${exportQs}`} download>Download CSV</a>
          <a href={`/api/events/export.json?${exportQs}`} download>Download JSON</a>
          <a href={`/feed.xml?${exportQs}`}>Atom feed</a>
        </p>
        <TimelineList items={list.items} selectHref={(slug) => keep((p) => p.set('event', slug))} />
        <nav className={styles.pages} aria-label="Pages of events">
          {cursor ? <Link href={keep((p) => p.delete('cursor'))}>First page</Link> : null}
          {list.nextCursor ? <Link href={keep((p) => p.set('cursor', list.nextCursor!))}>Next events</Link> : null}
        </nav>
      </section>
    </>
  );
}

function BadQuery({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      <h1>Timeline</h1>
      <div className="card" role="alert">
        <h2>This link has a parameter we cannot read</h2>
        <ul>
          {Object.entries(fields).map(([name, message]) => (
            <li key={name}>
              <code>{name}</code>: {message}
            </li>
          ))}
        </ul>
        <Link href="/timeline">Open the timeline without filters</Link>
      </div>
    </>
  );
}
