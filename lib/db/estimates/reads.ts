import 'server-only';
import { lastDayOf } from '../../events/as-of.ts';
import type { EstimateList, EstimatePoint } from '../../shapes/estimate.ts';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { PUBLIC_ESTIMATE } from '../core/visibility.ts';

const include = {
  claimant: { select: { code: true, name: true, nameKo: true, color: true } },
  source: { select: { id: true, publisher: true, title: true, url: true, publishedAt: true } },
  event: { select: { slug: true, title: true, titleKo: true } },
} as const;

/**
 * Whether the claim was public by `asOf`: its source was published by then (a source dated
 * to a month or year counts from the period's last day; an undated one, from the day the
 * figure refers to).
 */
const madeBy = (e: EstimatePoint, asOf: string) =>
  (lastDayOf(e.source.publishedAt) ?? lastDayOf(e.refersTo)!) <= asOf;

async function loadEstimates(query: {
  quantity?: string;
  event?: string;
  asOf?: string;
}): Promise<EstimateList> {
  const db = getDb();
  const [rows, groups] = await Promise.all([
    db.estimate.findMany({
      where: {
        ...PUBLIC_ESTIMATE,
        ...(query.quantity ? { quantity: query.quantity } : {}),
        ...(query.event ? { event: { slug: query.event } } : {}),
        claimant: { deletedAt: null },
        source: { deletedAt: null },
      },
      include,
      orderBy: [{ refersTo: 'asc' }, { id: 'asc' }],
    }),
    db.estimate.groupBy({
      by: ['quantity', 'quantityKo'],
      where: PUBLIC_ESTIMATE,
      _count: { _all: true },
      orderBy: { quantity: 'asc' },
    }),
  ]);
  const items: EstimatePoint[] = rows.map((r) => ({
    id: r.id,
    quantity: r.quantity,
    quantityKo: r.quantityKo,
    low: r.low,
    best: r.best,
    high: r.high,
    unit: r.unit,
    refersTo: r.refersTo,
    claimant: r.claimant,
    source: r.source,
    event: r.event,
    notes: r.notes,
  }));
  return {
    quantity: query.quantity ?? null,
    asOf: query.asOf ?? null,
    quantities: byQuantity(groups),
    items: query.asOf ? items.filter((e) => madeBy(e, query.asOf!)) : items,
  };
}

/**
 * One entry per quantity: estimates of one quantity may disagree on its Korean (one
 * translated, one not), so the counts are summed and the first Korean kept.
 */
function byQuantity(
  groups: { quantity: string; quantityKo: string | null; _count: { _all: number } }[],
) {
  const out = new Map<string, { quantity: string; quantityKo: string | null; count: number }>();
  for (const g of groups) {
    const seen = out.get(g.quantity);
    if (seen) {
      seen.count += g._count._all;
      seen.quantityKo ??= g.quantityKo;
    } else
      out.set(g.quantity, { quantity: g.quantity, quantityKo: g.quantityKo, count: g._count._all });
  }
  return [...out.values()];
}

/** An event's estimates for its editors, drafts' included, with their numbers to edit them by. */
export async function listEventEstimatesForEditor(slug: string) {
  const rows = await getDb().estimate.findMany({
    where: { deletedAt: null, event: { slug } },
    include: { claimant: { select: { code: true } } },
    orderBy: [{ refersTo: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({
    id: r.id,
    quantity: r.quantity,
    low: r.low,
    best: r.best,
    high: r.high,
    unit: r.unit,
    refersTo: r.refersTo,
    claimant: r.claimant.code,
  }));
}

/** Cached per data version (see read-cache.ts): the result is shared, never mutate it. */
export const listEstimates = cachedPerDataVersion('listEstimates', loadEstimates);
