import 'server-only';
import { toIsoDate } from '../../dates.ts';
import { windowBounds, type TimelineQuery } from '../../schemas/event-query.ts';
import { chooseBucketUnit, limitLanes } from '../../timeline/buckets.ts';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { EFFECTIVE_END, eventFilterSql } from '../events/filter.ts';
import { loadSummaries } from '../events/list.ts';
import { laneLabels } from './lanes.ts';
import { countFromKeptCounts, countMatchingEvents, isUnfiltered } from './counts.ts';
import type { EventSummary } from '../../shapes/event.ts';
import type { Bucket, TimelineData } from '../../shapes/timeline.ts';

const MAX_LANES = 16;

/** Without from/to the window is everything that matches (a year when nothing does). */
async function resolveWindow(query: TimelineQuery): Promise<{ start: Date; end: Date }> {
  const { start, end } = windowBounds(query);
  if (start && end) return { start, end };
  const [row] = await getDb().$queryRaw<{ lo: Date | null; hi: Date | null }[]>`
    SELECT min(e.start_date) AS lo, max(${EFFECTIVE_END}) AS hi FROM event e WHERE ${await eventFilterSql(query)}`;
  const lo = start ?? row.lo ?? new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1));
  const hi = end ?? row.hi ?? new Date(Date.UTC(lo.getUTCFullYear(), 11, 31));
  return { start: lo, end: hi < lo ? lo : hi };
}

function laneKeys(item: EventSummary, lanes: TimelineQuery['lanes']): string[] {
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
    const order = [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k]) => k);
    return {
      mode: 'items',
      ...window,
      total: items.length,
      lanes: await laneLabels(query.lanes, order),
      items,
    };
  }
  const unit = chooseBucketUnit(start.getTime(), end.getTime(), query.width);
  const bucketWindow = { lanes: query.lanes, unit, start, end };
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
  const limited = limitLanes([...grouped.values()], MAX_LANES);
  for (const l of limited) l.buckets.sort((a, b) => a.t - b.t);
  const labels = await laneLabels(
    query.lanes,
    limited.map((l) => l.lane),
  );
  const totals = counts.totals.map((r) => ({ t: r.t, count: r.n }));
  return {
    mode: 'buckets',
    ...window,
    total: totals.reduce((sum, b) => sum + b.count, 0),
    bucket: unit,
    lanes: limited.map((l, i) => ({ ...labels[i], buckets: l.buckets })),
    totals,
  };
}

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const getTimeline = cachedPerDataVersion('getTimeline', loadTimeline);
