import 'server-only';
import { toIsoDate } from '../../dates.ts';
import { windowBounds, type TimelineQuery } from '../../schemas/event-query.ts';
import { chooseBucketUnit, limitLanes } from '../../timeline/buckets.ts';
import { FIRST_VIEW_EVENTS, firstView } from '../../timeline/first-view.ts';
import { DAY_MS } from '../../timeline/window.ts';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { EFFECTIVE_END, eventFilterSql } from '../events/filter.ts';
import { loadSummaries } from '../events/list.ts';
import { laneLabels, personActorCodes } from './lanes.ts';
import { foldLanes, OTHER_LANE, otherLaneLabel } from '../../timeline/fold-lanes.ts';
import { countFromKeptCounts, countMatchingEvents, isUnfiltered } from './counts.ts';
import type { EventSummary } from '../../shapes/event.ts';
import type { Bucket, TimelineData } from '../../shapes/timeline.ts';

const MAX_LANES = 16;

/**
 * Without from/to the window is the most recent stretch of matching events (first-view.ts);
 * with only one of them, everything that matches on that side (a year when nothing does).
 */
async function resolveWindow(query: TimelineQuery): Promise<{ start: Date; end: Date }> {
  const { start, end } = windowBounds(query);
  if (start && end) return { start, end };
  const [row] = await getDb().$queryRaw<{ lo: Date | null; hi: Date | null }[]>`
    SELECT min(e.start_date) AS lo, max(${EFFECTIVE_END}) AS hi FROM event e WHERE ${await eventFilterSql(query)}`;
  if (!start && !end && row.hi) {
    const newest = await getDb().$queryRaw<{ d: Date }[]>`
      SELECT e.start_date AS d FROM event e WHERE ${await eventFilterSql(query)}
      ORDER BY e.start_date DESC LIMIT ${FIRST_VIEW_EVENTS + 1}`;
    const view = firstView(
      newest.map((r) => r.d.getTime()),
      row.hi.getTime() + DAY_MS,
    );
    if (view) return { start: new Date(view.start), end: new Date(view.end - DAY_MS) };
  }
  const lo = start ?? row.lo ?? new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1));
  const hi = end ?? row.hi ?? new Date(Date.UTC(lo.getUTCFullYear(), 11, 31));
  return { start: lo, end: hi < lo ? lo : hi };
}

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
  const { start, end } = await resolveWindow(query);
  const where = await eventFilterSql({ ...query, from: toIsoDate(start), to: toIsoDate(end) });
  const ids = await getDb().$queryRaw<{ id: number }[]>`
    SELECT e.id FROM event e WHERE ${where} ORDER BY e.start_date, e.id LIMIT ${query.maxItems + 1}`;
  const window = { from: toIsoDate(start), to: toIsoDate(end) };
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
  const counts = isUnfiltered(query)
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
