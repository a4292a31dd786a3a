import 'server-only';
import { toIsoDate } from '../../dates.ts';
import { windowBounds, type EventFilter, type TimelineQuery } from '../../schemas/event-query.ts';
import { chooseBucketUnit, limitLanes } from '../../timeline/buckets.ts';
import { FIRST_VIEW_EVENTS, firstView } from '../../timeline/first-view.ts';
import { DAY_MS } from '../../timeline/window.ts';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { EFFECTIVE_END, eventFilterSql, longestSpanDays } from '../events/filter.ts';
import { loadSummaries } from '../events/list.ts';
import { linksAmong } from '../event-links/reads.ts';
import { laneLabels, personActorCodes } from './lanes.ts';
import { foldLanes, OTHER_LANE, otherLaneLabel } from '../../timeline/fold-lanes.ts';
import { countFromKeptCounts, countMatchingEvents, isUnfiltered } from './counts.ts';
import type { EventSummary } from '../../shapes/event.ts';
import type { Bucket, TimelineData } from '../../shapes/timeline.ts';

const MAX_LANES = 16;

/** First and last day of every event matching the filters (the window aside); null when none. */
const matchingExtent = cachedPerDataVersion(
  'matchingExtent',
  async (filter: EventFilter): Promise<{ start: Date; end: Date } | null> => {
    const where = await eventFilterSql(filter);
    // First and last start: index walks on start_date that stop at the first match.
    const [ends] = await getDb().$queryRaw<{ lo: Date | null; last: Date | null }[]>`
      SELECT (SELECT e.start_date FROM event e WHERE ${where} ORDER BY e.start_date LIMIT 1) AS lo,
        (SELECT e.start_date FROM event e WHERE ${where} ORDER BY e.start_date DESC LIMIT 1) AS last`;
    if (!ends.lo || !ends.last) return null;
    // The last end is among the events starting within the longest span of the last start:
    // an index range on start_date, with the day known to the planner. (`+ 0` keeps it from
    // walking effective_end down instead, past every later event the filter drops: 620 ms
    // and 124,000 rows for a window in the past at a million events.)
    const [row] = await getDb().$queryRaw<{ hi: Date | null }[]>`
      SELECT max(${EFFECTIVE_END} + 0) AS hi FROM event e
      WHERE ${where} AND e.start_date >= ${toIsoDate(ends.last)}::date - ${await longestSpanDays()}::int`;
    return row.hi ? { start: ends.lo, end: row.hi } : null;
  },
);

const filterOf = (query: TimelineQuery): EventFilter => ({
  from: query.from,
  to: query.to,
  actor: query.actor,
  actorMode: query.actorMode,
  tag: query.tag,
  status: query.status,
  q: query.q,
  follow: query.follow,
  asOf: query.asOf,
});

/** Matching events shown on each side of a focused one. */
const NEIGHBOURS = 2;
const DAY = 86_400_000;

/**
 * The window around a focused event: it and up to two matching events each side, with a
 * margin, at least a month wide. Null when the slug names no published event.
 */
async function focusWindow(
  slug: string,
  filter: EventFilter,
): Promise<{ start: Date; end: Date } | null> {
  const where = await eventFilterSql({ ...filter, from: undefined, to: undefined });
  const [row] = await getDb().$queryRaw<{ lo: Date | null; hi: Date | null }[]>`
    WITH f AS (SELECT e.id, e.start_date, ${EFFECTIVE_END} AS end_date FROM event e
               WHERE e.slug = ${slug} AND e.deleted_at IS NULL AND e.publication = 'published')
    SELECT least((SELECT start_date FROM f), (SELECT min(b.start_date) FROM (
              SELECT e.start_date FROM event e, f WHERE ${where} AND (e.start_date, e.id) < (f.start_date, f.id)
              ORDER BY e.start_date DESC, e.id DESC LIMIT ${NEIGHBOURS}) b)) AS lo,
           greatest((SELECT end_date FROM f), (SELECT max(a.start_date) FROM (
              SELECT e.start_date FROM event e, f WHERE ${where} AND (e.start_date, e.id) > (f.start_date, f.id)
              ORDER BY e.start_date, e.id LIMIT ${NEIGHBOURS}) a)) AS hi`;
  if (!row.lo || !row.hi) return null;
  const span = Math.max(30 * DAY, (row.hi.getTime() - row.lo.getTime()) * 1.2);
  const mid = (row.lo.getTime() + row.hi.getTime() + DAY) / 2;
  const day = (t: number) => new Date(Math.floor(t / DAY) * DAY);
  return { start: day(mid - span / 2), end: day(mid + span / 2) };
}

/**
 * A plain /timeline's first view: the most recent stretch holding a readable number of
 * matching events (lib/timeline/first-view.ts), not all time compressed.
 */
async function firstViewWindow(
  query: TimelineQuery,
  extent: { start: Date; end: Date },
): Promise<{ start: Date; end: Date } | null> {
  const newest = await getDb().$queryRaw<{ d: Date }[]>`
    SELECT e.start_date AS d FROM event e WHERE ${await eventFilterSql(filterOf(query))}
    ORDER BY e.start_date DESC LIMIT ${FIRST_VIEW_EVENTS + 1}`;
  const view = firstView(
    newest.map((r) => r.d.getTime()),
    extent.end.getTime() + DAY_MS,
  );
  return view ? { start: new Date(view.start), end: new Date(view.end - DAY_MS) } : null;
}

/**
 * The window: the view (start/end) when the URL names one, else the focused event and its
 * neighbours, else the filter's dates, else every matching event (a year when nothing
 * does). An end missing from the view is taken from the filter, then from the data, and
 * the same for a start.
 */
async function resolveWindow(
  query: TimelineQuery,
  extent: { start: Date; end: Date } | null,
): Promise<{ start: Date; end: Date }> {
  if (query.focus && !query.start && !query.end) {
    const around = await focusWindow(query.focus, filterOf(query));
    if (around) return around;
  }
  const filter = windowBounds(query);
  if (!query.start && !query.end && !filter.start && !filter.end && extent) {
    const view = await firstViewWindow(query, extent);
    if (view) return view;
  }
  const start =
    (query.start ? windowBounds({ from: query.start }).start : null) ??
    filter.start ??
    extent?.start ??
    new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1));
  const end =
    (query.end ? windowBounds({ to: query.end }).end : null) ??
    filter.end ??
    extent?.end ??
    new Date(Date.UTC(start.getUTCFullYear(), 11, 31));
  return { start, end: end < start ? start : end };
}

const later = (a: Date, b: Date | null) => (b && b > a ? b : a);
const earlier = (a: Date, b: Date | null) => (b && b < a ? b : a);

function laneKeys(item: EventSummary, lanes: TimelineQuery['lanes']): string[] {
  if (lanes === 'none') return ['all'];
  const keys =
    lanes === 'actor'
      ? item.actors.map((a) => a.code)
      : lanes === 'tag'
        ? item.tags
        : [item.status];
  return keys.length ? keys : ['none'];
}

/**
 * The events of a window, or, when more than `maxItems` match, per-lane counts per time
 * bucket (unit chosen from the window and its width). A multi-actor event is counted in
 * each of its actors' lanes; `totals` counts each event once, in the bucket of its start
 * (clamped to the window), so the totals add up to `total`.
 */
async function loadTimeline(query: TimelineQuery): Promise<TimelineData> {
  const filter = filterOf(query);
  const extent = await matchingExtent(filter);
  const { start, end } = await resolveWindow(query, extent);
  // The events drawn: those matching the filter (its dates among them) inside the window.
  const dates = windowBounds(query);
  const where = await eventFilterSql({
    ...filter,
    from: toIsoDate(later(start, dates.start)),
    to: toIsoDate(earlier(end, dates.end)),
  });
  const ids = await getDb().$queryRaw<{ id: number }[]>`
    SELECT e.id FROM event e WHERE ${where} ORDER BY e.start_date, e.id LIMIT ${query.maxItems + 1}`;
  const window = {
    from: toIsoDate(start),
    to: toIsoDate(end),
    extent: extent && { from: toIsoDate(extent.start), to: toIsoDate(extent.end) },
  };
  if (ids.length <= query.maxItems) {
    const byId = await loadSummaries(
      ids.map((r) => r.id),
      query.asOf,
    );
    const items = ids.flatMap(({ id }) => {
      const s = byId.get(id);
      return s ? [{ ...s, lanes: laneKeys(s, query.lanes) }] : [];
    });
    const counts = new Map<string, number>();
    for (const i of items) for (const k of i.lanes) counts.set(k, (counts.get(k) ?? 0) + 1);
    const { kept, folded } = await chooseLanes(query, [...counts]);
    const isFolded = new Set(folded);
    if (folded.length)
      for (const i of items)
        i.lanes = [...new Set(i.lanes.map((k) => (isFolded.has(k) ? OTHER_LANE : k)))];
    return {
      mode: 'items',
      ...window,
      total: items.length,
      lanes: await lanesWithOther(query.lanes, kept, folded.length),
      items,
      links: await linksAmong(ids.map((r) => r.id).filter((id) => byId.has(id))),
    };
  }
  const unit = chooseBucketUnit(start.getTime(), end.getTime(), query.width);
  // One band needs only the totals, which every count query answers; status lanes are the cheapest.
  const bucketWindow = {
    lanes: query.lanes === 'none' ? ('status' as const) : query.lanes,
    unit,
    start,
    end,
  };
  // The kept counts know nothing of filters, a date filter narrower than the window included.
  const datesCoverWindow =
    (!dates.start || dates.start <= start) && (!dates.end || dates.end >= end);
  const counts =
    isUnfiltered(query) && datesCoverWindow
      ? await countFromKeptCounts(bucketWindow)
      : await countMatchingEvents(bucketWindow, where);
  const grouped = new Map<string, { lane: string; buckets: Bucket[]; total: number }>();
  for (const r of counts.lanes) {
    const key = r.lane ?? 'none';
    const lane = grouped.get(key) ?? { lane: key, buckets: [], total: 0 };
    lane.buckets.push({ t: r.t, count: r.n });
    lane.total += r.n;
    grouped.set(key, lane);
  }
  const totals = counts.totals.map((r) => ({ t: r.t, count: r.n }));
  if (query.lanes === 'none')
    return {
      mode: 'buckets',
      ...window,
      total: totals.reduce((sum, b) => sum + b.count, 0),
      bucket: unit,
      lanes: [{ key: 'all', label: 'All events', color: null, buckets: totals }],
      totals,
    };
  const people = new Set(query.lanes === 'actor' && !query.people ? await personActorCodes() : []);
  const all = [...grouped.values()];
  const personLanes = all.filter((l) => people.has(l.lane));
  const limited = limitLanes(
    all.filter((l) => !people.has(l.lane)),
    personLanes.length ? MAX_LANES - 1 : MAX_LANES,
  );
  // People are counted in the "other" lane, never in lanes of their own unless asked for.
  if (personLanes.length) {
    let other = limited.find((l) => l.lane === OTHER_LANE);
    if (!other) limited.push((other = { lane: OTHER_LANE, buckets: [], total: 0 }));
    const merged = new Map(other.buckets.map((b) => [b.t, b.count]));
    for (const l of personLanes) {
      other.total += l.total;
      for (const b of l.buckets) merged.set(b.t, (merged.get(b.t) ?? 0) + b.count);
    }
    other.buckets = [...merged].map(([t, count]) => ({ t, count }));
  }
  for (const l of limited) l.buckets.sort((a, b) => a.t - b.t);
  const labels = await laneLabels(
    query.lanes,
    limited.map((l) => l.lane),
  );
  return {
    mode: 'buckets',
    ...window,
    total: totals.reduce((sum, b) => sum + b.count, 0),
    bucket: unit,
    lanes: limited.map((l, i) => ({ ...labels[i], buckets: l.buckets })),
    totals,
  };
}

/** The lanes that keep a lane of their own, busiest first, and those folded into "other". */
async function chooseLanes(query: TimelineQuery, counts: [string, number][]) {
  if (query.lanes === 'none' || query.lanes === 'status')
    return foldLanes(
      counts.map(([key, total]) => ({ key, total })),
      { max: Infinity },
    );
  const people = new Set(query.lanes === 'actor' ? await personActorCodes() : []);
  return foldLanes(
    counts.map(([key, total]) => ({ key, total, person: people.has(key) })),
    { people: query.people === '1' },
  );
}

async function lanesWithOther(kind: TimelineQuery['lanes'], kept: string[], folded: number) {
  const lanes = await laneLabels(kind, kept);
  return folded
    ? [...lanes, { key: OTHER_LANE, label: otherLaneLabel(kind, folded), color: null }]
    : lanes;
}

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const getTimeline = cachedPerDataVersion('getTimeline', loadTimeline);
