import 'server-only';
import { InvalidInput, NotFound } from '../../errors.ts';
import {
  estimateInputSchema,
  estimateUpdateSchema,
  type EstimateInput,
} from '../../schemas/estimate.ts';
import type { RecordDelegate, RecordSpec } from '../versioned/writes.ts';
import type { Tx } from '../core/revisions.ts';
import { actorIds, assertSources, byId, byIdOrder, iso, searchAny } from '../versioned/links.ts';
import { LIVE, PUBLIC_ESTIMATE } from '../core/visibility.ts';
import { describeClaim } from '../../charts/estimates.ts';

/** Revision snapshots of estimates, in the order of `ids`. */
export async function snapshotEstimates(tx: Tx, ids: number[]) {
  const rows = await tx.estimate.findMany({
    where: { id: { in: ids } },
    include: {
      claimant: { select: { code: true, name: true } },
      event: { select: { slug: true } },
      source: { select: { publisher: true, title: true, publishedAt: true } },
    },
  });
  return byIdOrder(ids, rows).map((e) => ({
    id: e.id,
    key: e.key,
    quantity: e.quantity,
    quantityKo: e.quantityKo ?? null,
    low: e.low,
    best: e.best,
    high: e.high,
    unit: e.unit,
    refersTo: e.refersTo,
    claimant: e.claimant.code,
    claimantName: e.claimant.name,
    source: e.sourceId,
    sourceTitle: `${e.source.publisher}: ${e.source.title}`,
    sourcePublishedAt: e.source.publishedAt,
    event: e.event?.slug ?? null,
    notes: e.notes,
    version: e.version,
    updatedAt: e.updatedAt.toISOString(),
    trashedAt: iso(e.deletedAt),
  }));
}

async function snapshotEstimate(tx: Tx, id: number) {
  const [estimate] = await snapshotEstimates(tx, [id]);
  if (!estimate) throw new NotFound('Estimate');
  return estimate;
}

export type EstimateDto = Awaited<ReturnType<typeof snapshotEstimate>>;

async function estimateColumns(tx: Tx, e: EstimateInput) {
  const { claimant } = await actorIds(tx, { claimant: e.claimant });
  await assertSources(tx, [e.source], 'source');
  const event = e.event
    ? await tx.event.findFirst({ where: { slug: e.event, ...LIVE }, select: { id: true } })
    : null;
  if (e.event && !event)
    throw new InvalidInput({
      event: `No event with the slug "${e.event}" (or it is in the trash)`,
    });
  return {
    quantity: e.quantity,
    quantityKo: e.quantityKo ?? null,
    low: e.low,
    best: e.best,
    high: e.high,
    unit: e.unit,
    refersTo: e.refersTo,
    claimantId: claimant!,
    sourceId: e.source,
    eventId: event?.id ?? null,
    notes: e.notes,
  };
}

/** The stored estimate as input: its own fields, with its claimant by code and source by number. */
export function estimateToInput(e: EstimateDto): Record<string, unknown> {
  return {
    quantity: e.quantity,
    quantityKo: e.quantityKo ?? null,
    low: e.low,
    best: e.best,
    high: e.high,
    unit: e.unit,
    refersTo: e.refersTo,
    claimant: e.claimant,
    source: e.source,
    event: e.event,
    notes: e.notes,
  };
}

export const ESTIMATE_SPEC: RecordSpec<EstimateInput, EstimateDto> = {
  kind: 'estimate',
  entityType: 'estimate',
  label: 'Estimate',
  permission: 'estimates.write',
  schema: estimateInputSchema,
  updateSchema: estimateUpdateSchema,
  model: (tx) => tx.estimate as unknown as RecordDelegate,
  where: byId,
  publicWhere: PUBLIC_ESTIMATE,
  keyOf: (e) => String(e.id),
  columns: estimateColumns,
  snapshot: snapshotEstimate,
  toInput: estimateToInput,
  duplicate: {},
  list: {
    search: (q) => searchAny(q, ['quantity', 'unit', 'refersTo']),
    select: {
      id: true,
      quantity: true,
      low: true,
      best: true,
      high: true,
      unit: true,
      refersTo: true,
      updatedAt: true,
      claimant: { select: { code: true } },
      event: { select: { slug: true } },
    },
    orderBy: [{ refersTo: 'desc' }, { id: 'desc' }],
    toRow: (r: {
      id: number;
      quantity: string;
      low: number | null;
      best: number | null;
      high: number | null;
      unit: string;
      refersTo: string;
      updatedAt: Date;
      claimant: { code: string };
      event: { slug: string } | null;
    }) => ({
      key: String(r.id),
      title: `${r.claimant.code}: ${r.quantity}, ${describeClaim(r)} ${r.unit}`,
      detail: [{ t: 'rowDetail.number', v: { id: r.id } }, r.refersTo, r.event?.slug ?? ''].filter(
        Boolean,
      ),
      updatedAt: r.updatedAt.toISOString(),
    }),
  },
};
