import 'server-only';
import {
  periodOf,
  tradeObservationInputSchema,
  tradeObservationUpdateSchema,
  type TradeObservationInput,
} from '../../schemas/trade-observation.ts';
import type { RecordDelegate, RecordSpec } from '../versioned/writes.ts';
import type { Tx } from '../core/revisions.ts';
import { actorIds, assertSources, byId, iso } from '../versioned/links.ts';

async function snapshotTrade(tx: Tx, id: number) {
  const t = await tx.tradeObservation.findUniqueOrThrow({
    where: { id },
    include: {
      reporter: { select: { code: true } },
      partner: { select: { code: true } },
      source: { select: { publisher: true, title: true } },
    },
  });
  return {
    id: t.id,
    reporter: t.reporter.code,
    partner: t.partner.code,
    year: t.year,
    month: t.month,
    period: t.period,
    flow: t.flow,
    valueUsd: t.valueUsd,
    compiler: t.compiler,
    source: t.sourceId,
    sourceTitle: `${t.source.publisher}: ${t.source.title}`,
    confidence: t.confidence,
    notes: t.notes,
    version: t.version,
    updatedAt: t.updatedAt.toISOString(),
    trashedAt: iso(t.deletedAt),
  };
}

export type TradeObservationDto = Awaited<ReturnType<typeof snapshotTrade>>;

async function tradeColumns(tx: Tx, t: TradeObservationInput) {
  const ids = await actorIds(tx, { reporter: t.reporter, partner: t.partner });
  await assertSources(tx, [t.source], 'source');
  return {
    reporterId: ids.reporter!,
    partnerId: ids.partner!,
    year: t.year,
    month: t.month,
    period: periodOf(t),
    flow: t.flow,
    valueUsd: t.valueUsd,
    compiler: t.compiler,
    sourceId: t.source,
    confidence: t.confidence,
    notes: t.notes,
  };
}

const DUPLICATE = 'This source already gives a figure for this reporter, partner, period and flow';

export const TRADE_SPEC: RecordSpec<TradeObservationInput, TradeObservationDto> = {
  kind: 'trade',
  entityType: 'trade_observation',
  label: 'Trade observation',
  permission: 'trade.write',
  schema: tradeObservationInputSchema,
  updateSchema: tradeObservationUpdateSchema,
  model: (tx) => tx.tradeObservation as unknown as RecordDelegate,
  where: byId,
  keyOf: (t) => String(t.id),
  columns: tradeColumns,
  snapshot: snapshotTrade,
  toInput: (t) => ({
    reporter: t.reporter,
    partner: t.partner,
    year: t.year,
    month: t.month,
    flow: t.flow,
    valueUsd: t.valueUsd,
    compiler: t.compiler,
    source: t.source,
    confidence: t.confidence,
    notes: t.notes,
  }),
  duplicate: { source: DUPLICATE, year: DUPLICATE },
  list: {
    search: (q) => ({
      OR: [
        { compiler: { contains: q, mode: 'insensitive' } },
        { period: { startsWith: q } },
        { reporter: { code: q.toUpperCase() } },
        { partner: { code: q.toUpperCase() } },
      ],
    }),
    select: {
      id: true,
      period: true,
      flow: true,
      valueUsd: true,
      compiler: true,
      updatedAt: true,
      reporter: { select: { code: true } },
      partner: { select: { code: true } },
    },
    orderBy: [{ year: 'desc' }, { id: 'desc' }],
    toRow: (r: {
      id: number;
      period: string;
      flow: string;
      valueUsd: number;
      compiler: string;
      updatedAt: Date;
      reporter: { code: string };
      partner: { code: string };
    }) => ({
      key: String(r.id),
      title: `${r.reporter.code}–${r.partner.code} ${r.period} ${r.flow}: US$${Math.round(r.valueUsd).toLocaleString('en-US')}`,
      detail: [{ t: 'rowDetail.number', v: { id: r.id } }, r.compiler],
      updatedAt: r.updatedAt.toISOString(),
    }),
  },
};
