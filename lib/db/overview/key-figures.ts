import 'server-only';
import { pairLabels } from '../../charts/trade-chart.ts';
import { tradeFigure, type TradeFigure } from '../../overview/trade-figure.ts';
import { DEFAULT_SERIES } from '../../schemas/trade.ts';
import type { RelationKind } from '../../alliances/kinds.ts';
import type { MonthFigures, RelationFigures } from '../../shapes/overview.ts';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { publishedLiveSql } from '../core/visibility.ts';
import { listRelations } from '../relations/reads.ts';
import { listTradeSeries } from '../trade/series.ts';

// The overview's key-figure cards. Each reads what its full page reads (the trade chart's
// series, the network's relations in force, the event counts), so a card and the page it
// links to show the same figure.

async function loadTradeFigures(): Promise<TradeFigure[]> {
  const { series } = await listTradeSeries(DEFAULT_SERIES);
  return series.map((s) => tradeFigure(s.id, pairLabels(s.reporter, s.partner), s.observations));
}

async function loadRelationFigures(at: string): Promise<RelationFigures> {
  const relations = await listRelations({ at });
  const counts = new Map<RelationKind, number>();
  for (const r of relations) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const newest = relations.at(-1) ?? null; // listed by start date, oldest first
  return {
    at,
    total: relations.length,
    byKind: [...counts].map(([kind, count]) => ({ kind, count })).sort((x, y) => y.count - x.count),
    newest: newest && {
      key: newest.key,
      title: newest.title,
      a: newest.a,
      b: newest.b,
      start: newest.start,
    },
  };
}

async function loadMonthFigures(month: string): Promise<MonthFigures> {
  const start = new Date(`${month}T00:00:00Z`);
  const shift = (d: Date, months: number) =>
    new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const yearBefore = shift(start, -12);
  // Two index range scans on start_date: bounded by the month, not by the table.
  const [row] = await getDb().$queryRaw<{ now: bigint; before: bigint; latest: string | null }[]>`
    SELECT
      (SELECT to_char(max(e.start_date), 'YYYY-MM-DD') FROM event e WHERE ${publishedLiveSql('e')}) AS latest,
      (SELECT count(*) FROM event e WHERE ${publishedLiveSql('e')}
        AND e.start_date >= ${start}::date AND e.start_date < ${shift(start, 1)}::date) AS now,
      (SELECT count(*) FROM event e WHERE ${publishedLiveSql('e')}
        AND e.start_date >= ${yearBefore}::date AND e.start_date < ${shift(yearBefore, 1)}::date) AS before`;
  return {
    month,
    yearBefore: yearBefore.toISOString().slice(0, 10),
    count: Number(row.now),
    countYearBefore: Number(row.before),
    latest: row.latest,
  };
}

/** Cached per data version: results are shared, never mutate them. */
export const getTradeFigures = cachedPerDataVersion('overviewTrade', loadTradeFigures);
export const getRelationFigures = cachedPerDataVersion('overviewRelations', loadRelationFigures);
export const getMonthFigures = cachedPerDataVersion('overviewMonth', loadMonthFigures);
