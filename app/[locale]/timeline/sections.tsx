import { getTranslations } from 'next-intl/server';
import { EventPanel } from '@/components/timeline/event-panel.tsx';
import { QueryLink } from '@/components/timeline/query-link.tsx';
import { TimelineList } from '@/components/timeline/timeline-list.tsx';
import { TimelineView } from '@/components/timeline/timeline-view.tsx';
import { TradeBeneathLazy as TradeBeneath } from '@/components/timeline/trade-beneath-lazy.tsx';
import { listEvents } from '@/lib/db/events/list.ts';
import { getEvent } from '@/lib/db/events/reads.ts';
import { eventAsOf } from '@/lib/events/as-of.ts';
import { getTradeChart } from '@/lib/db/trade/series.ts';
import type { TimelineQuery } from '@/lib/schemas/event-query.ts';
import { tradeQuerySchema } from '@/lib/schemas/trade.ts';
import { tradeKey, tradeYears } from '@/lib/timeline/trade-axis.ts';
import { EVENT_LIST_PAGE, eventListQuery, timelineDataQuery } from '@/lib/timeline/view-query.ts';
import { windowFromDays } from '@/lib/timeline/window.ts';
import type { TimelineData } from '@/lib/shapes/timeline.ts';

// The parts of /timeline, each awaited in its own <Suspense> so the page streams: the
// timeline shows as soon as its window is loaded, whatever the filters' counts or the list cost.
// The list starts its query only once the timeline's has settled (`after`): on a small
// server the two would otherwise compete for the same cores. (The filters' counts are
// slower still; the browser loads them, see filter-choices.tsx.)

const settled = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    () => undefined,
  );

export async function TimelineSection({
  timeline,
  params,
  query,
}: {
  timeline: Promise<TimelineData>;
  params: URLSearchParams;
  query: TimelineQuery;
}) {
  return (
    <TimelineView
      initial={{ key: timelineDataQuery(params), value: await timeline }}
      selected={query.event ?? null}
      lanesKind={query.lanes}
    />
  );
}

export async function PanelSection({ slug, asOf }: { slug: string; asOf?: string }) {
  const t = await getTranslations('timeline');
  const current = await getEvent(slug);
  const event = current && asOf ? eventAsOf(current, asOf) : current;
  return event ? <EventPanel event={event} /> : <p role="alert">{t('eventMissing')}</p>;
}

/** ?trade=KP-CN,KP-RU opens the trade chart beneath, on the same window. */
export async function TradeSection({
  timeline,
  params,
}: {
  timeline: Promise<TimelineData>;
  params: URLSearchParams;
}) {
  const t = await getTranslations('timeline');
  const series = params.get('trade');
  const show = (problem?: string) => (
    <p className="meta">
      {problem ? <span role="alert">{t('tradeUnreadable', { problem })}</span> : null}
      <QueryLink set={{ trade: 'KP-CN,KP-RU' }}>{t('showTrade')}</QueryLink>
    </p>
  );
  if (series === null) return show();
  const data = await timeline;
  const win = windowFromDays(data.from, data.to);
  const tradeQuery = tradeQuerySchema.safeParse({ series, ...tradeYears(win) });
  if (!tradeQuery.success) return show(tradeQuery.error.issues[0].message);
  const { chart } = await getTradeChart(tradeQuery.data);
  return (
    <>
      <TradeBeneath
        initial={{ key: tradeKey(series, win), value: chart }}
        series={series}
        from={data.from}
        to={data.to}
      />
      <p className="meta">
        <QueryLink remove={['trade']}>{t('hideTrade')}</QueryLink>
      </p>
    </>
  );
}

export async function ListSection({
  query,
  params,
  after,
}: {
  query: TimelineQuery;
  params: URLSearchParams;
  after: Promise<unknown>;
}) {
  await settled(after);
  const page = await listEvents({ ...query, cursor: undefined, limit: EVENT_LIST_PAGE });
  return <TimelineList initial={{ key: eventListQuery(params), value: page }} />;
}
