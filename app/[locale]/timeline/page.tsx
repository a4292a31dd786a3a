import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { AsOfControl } from '@/components/timeline/as-of-control.tsx';
import { ExportLinks } from '@/components/timeline/export-links.tsx';
import { TimelineFilters } from '@/components/timeline/timeline-filters.tsx';
import { getTimeline } from '@/lib/db/timeline/window.ts';
import { InvalidInput } from '@/lib/errors.ts';
import { parseQuery } from '@/lib/http/handler.ts';
import { timelineQuerySchema } from '@/lib/schemas/event-query.ts';
import styles from './page.module.css';
import { ListSection, PanelSection, TimelineSection, TradeSection } from './sections.tsx';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Timeline' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw))
    for (const one of [v ?? []].flat()) params.append(k, one);
  return params;
}

const Skeleton = ({ label, height }: { label: string; height: string }) => (
  <div className="card skeleton" style={{ minHeight: height }} aria-busy="true">
    <p className="meta">{label}</p>
  </div>
);

/**
 * The shell at once, then each part as its data arrives. After that the client owns the
 * view: zooming and panning fetch /api/timeline and /api/events and never re-render this page.
 */
export default async function TimelinePage({ searchParams }: Props) {
  const params = toParams(await searchParams);
  let query;
  try {
    query = parseQuery(timelineQuerySchema, params);
  } catch (err) {
    if (!(err instanceof InvalidInput)) throw err;
    return <BadQuery fields={err.fields} />;
  }
  // "Show on timeline" (focus=<slug>) selects the event it zooms to.
  query = { ...query, event: query.event ?? query.focus };
  // One query for the timeline and the trade chart's window; awaited inside their boundaries.
  const timeline = getTimeline(query);
  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        Every published event on a time axis. Zoom with the buttons, Ctrl or ⌘ and the wheel, a
        pinch or the + and − keys; drag to move; pick an event to read its sources and quotes.
      </p>
      <TimelineFilters key={params.toString()} query={query} />
      <AsOfControl />
      <div className={query.event ? styles.withPanel : styles.single}>
        <Suspense fallback={<Skeleton label="Loading the timeline…" height="18rem" />}>
          <TimelineSection timeline={timeline} params={params} query={query} />
        </Suspense>
        {query.event ? (
          <Suspense fallback={<Skeleton label="Loading the event…" height="12rem" />}>
            <PanelSection slug={query.event} asOf={query.asOf} />
          </Suspense>
        ) : null}
      </div>
      <Suspense fallback={null}>
        <TradeSection timeline={timeline} params={params} />
      </Suspense>
      <section className="card" aria-labelledby="list-heading">
        <h2 id="list-heading">{query.q ? `Events matching “${query.q}”` : 'Events'}</h2>
        <ExportLinks />
        <Suspense fallback={<p className="meta">Loading the events…</p>}>
          <ListSection query={query} params={params} after={timeline} />
        </Suspense>
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
