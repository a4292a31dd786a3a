import 'server-only';
import { toIsoDate } from '../../dates.ts';
import {
  buildTradeChart,
  pairLabels,
  type ActorRef,
  type MarkerInput,
  type SeriesInput,
  type TradeChart,
} from '../../charts/trade-chart.ts';
import type { TradeObservationInput } from '../../charts/trade.ts';
import type { TradeQuery } from '../../schemas/trade.ts';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import type { Prisma } from '../generated/client.ts';
import { LIVE, PUBLISHED_LIVE } from '../core/visibility.ts';

// Trade observations for charts. Annual figures only: the monthly ones in the data are a
// few scattered months (reported when news picked them up), not a series, so they are left
// out of the annual charts rather than mixed with annual totals.

const splitId = (id: string) => id.split('-') as [string, string];

/** Every reporter–partner pair with at least one annual figure, for the series picker. */
export async function listTradeSeriesIds(): Promise<
  { id: string; label: string; labelKo: string }[]
> {
  const rows = await getDb().tradeObservation.findMany({
    where: { ...LIVE, month: null },
    distinct: ['reporterId', 'partnerId'],
    select: {
      reporter: { select: { code: true, name: true, nameKo: true, color: true } },
      partner: { select: { code: true, name: true, nameKo: true, color: true } },
    },
  });
  return rows
    .map((r) => ({
      id: `${r.reporter.code}-${r.partner.code}`,
      ...pairLabels(r.reporter, r.partner),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Series inputs in the order asked; `unknown` lists ids naming an actor that does not exist. */
export async function listTradeSeries(
  ids: string[],
  from?: number,
  to?: number,
): Promise<{ series: SeriesInput[]; unknown: string[] }> {
  const db = getDb();
  const codes = [...new Set(ids.flatMap(splitId))];
  const actors = new Map<string, ActorRef & { id: number }>(
    (
      await db.actor.findMany({
        where: { code: { in: codes }, ...LIVE },
        select: { id: true, code: true, name: true, nameKo: true, color: true },
      })
    ).map((a) => [a.code, a]),
  );
  const unknown = ids.filter((id) => splitId(id).some((c) => !actors.has(c)));
  const known = ids.filter((id) => !unknown.includes(id));
  const year: Prisma.IntFilter = {
    ...(from !== undefined && { gte: from - 1 }),
    ...(to !== undefined && { lte: to }),
  };
  const rows = await db.tradeObservation.findMany({
    where: {
      ...LIVE,
      month: null,
      year,
      OR: known.map((id) => {
        const [r, p] = splitId(id);
        return { reporterId: actors.get(r)!.id, partnerId: actors.get(p)!.id };
      }),
    },
    select: {
      reporterId: true,
      partnerId: true,
      year: true,
      flow: true,
      valueUsd: true,
      compiler: true,
      confidence: true,
      notes: true,
      source: { select: { publisher: true, title: true, url: true, publishedAt: true } },
    },
    orderBy: [{ year: 'asc' }, { id: 'asc' }],
  });
  const series = known.map((id): SeriesInput => {
    const [r, p] = splitId(id);
    const reporter = actors.get(r)!;
    const partner = actors.get(p)!;
    const observations: TradeObservationInput[] = rows
      .filter((o) => o.reporterId === reporter.id && o.partnerId === partner.id)
      .map(({ reporterId: _r, partnerId: _p, ...o }) => o);
    return { id, reporter: strip(reporter), partner: strip(partner), observations };
  });
  return { series, unknown };
}

const strip = ({ code, name, nameKo, color }: ActorRef): ActorRef => ({
  code,
  name,
  nameKo,
  color,
});

/** A tag as choices name it: its slug, English name and Korean name (null: not translated). */
export interface TagName {
  slug: string;
  name: string;
  nameKo: string | null;
}

/**
 * Published events in [from-01-01, to-12-31] to mark on the chart: those with any of the
 * tags and any of the actors asked for; with neither, those involving both actors of a series.
 */
async function listTradeMarkerEvents(
  query: Pick<TradeQuery, 'tag' | 'actor'>,
  seriesIds: string[],
  from: number,
  to: number,
): Promise<MarkerInput[]> {
  const filters: Prisma.EventWhereInput[] = [];
  if (query.tag?.length) filters.push({ tags: { some: { tag: { slug: { in: query.tag } } } } });
  if (query.actor?.length)
    filters.push({ actors: { some: { actor: { code: { in: query.actor } } } } });
  if (!filters.length) {
    if (!seriesIds.length) return [];
    filters.push({
      OR: seriesIds.map((id) => ({
        AND: splitId(id).map((code) => ({ actors: { some: { actor: { code } } } })),
      })),
    });
  }
  const rows = await getDb().event.findMany({
    where: {
      ...PUBLISHED_LIVE,
      startDate: { gte: new Date(Date.UTC(from, 0, 1)), lte: new Date(Date.UTC(to, 11, 31)) },
      AND: filters,
    },
    select: {
      slug: true,
      title: true,
      titleKo: true,
      startDate: true,
      importance: true,
      actors: { select: { actor: { select: { code: true } } } },
      _count: { select: { sources: true } },
    },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    take: 200,
  });
  return rows.map((e) => ({
    slug: e.slug,
    title: e.title,
    titleKo: e.titleKo,
    date: toIsoDate(e.startDate),
    actors: e.actors.map((a) => a.actor.code),
    importance: e.importance,
    sourceCount: e._count.sources,
  }));
}

/** Everything the trade chart and its exports draw; `unknown` names series that cannot be drawn. */
async function loadTradeChart(
  query: TradeQuery,
): Promise<{ chart: TradeChart; unknown: string[] }> {
  const { series, unknown } = await listTradeSeries(query.series, query.from, query.to);
  // Window first (it may default to the data's years), then the markers inside it.
  const draft = buildTradeChart(query, series, []);
  const markers =
    query.markers === 'off'
      ? []
      : await listTradeMarkerEvents(
          query,
          series.map((s) => s.id),
          draft.from,
          draft.to,
        );
  return { chart: buildTradeChart(query, series, markers), unknown };
}

/** Tags of published events, for choosing marker events. */
export async function listMarkerTags(): Promise<TagName[]> {
  const tags = await getDb().tag.findMany({
    where: {
      ...LIVE,
      events: { some: { event: { ...PUBLISHED_LIVE } } },
    },
    select: { slug: true, name: true, nameKo: true },
    orderBy: { slug: 'asc' },
  });
  return tags;
}

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const getTradeChart = cachedPerDataVersion('getTradeChart', loadTradeChart);
