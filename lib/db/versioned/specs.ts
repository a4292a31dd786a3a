import 'server-only';
import { RECORD_META, type RecordKind } from '../../records/kinds.ts';
import { getDb } from '../core/client.ts';
import type { AnyRecordSpec } from './writes.ts';
import { ACTOR_SPEC } from '../actors/spec.ts';
import { QUOTE_SPEC } from '../quotes/spec.ts';
import { SOURCE_SPEC } from '../sources/spec.ts';
import { TAG_SPEC } from '../tags/spec.ts';
import { TRADE_SPEC } from '../trade/spec.ts';
import { ESTIMATE_SPEC } from '../estimates/spec.ts';
import { ERA_SPEC } from '../eras/spec.ts';
import { EVENT_LINK_SPEC } from '../event-links/spec.ts';
import { inTrashView } from '../core/visibility.ts';

export {
  ACTOR_SPEC,
  QUOTE_SPEC,
  SOURCE_SPEC,
  TAG_SPEC,
  TRADE_SPEC,
  ESTIMATE_SPEC,
  ERA_SPEC,
  EVENT_LINK_SPEC,
};

export const RECORD_SPECS: Record<RecordKind, AnyRecordSpec> = {
  source: SOURCE_SPEC,
  quote: QUOTE_SPEC,
  actor: ACTOR_SPEC,
  tag: TAG_SPEC,
  trade: TRADE_SPEC,
  estimate: ESTIMATE_SPEC,
  era: ERA_SPEC,
  link: EVENT_LINK_SPEC,
};

const PAGE_SIZE = 50;

/** One page of a kind's editor list: search `q`, its filter, the trash when asked, `page` from 1. */
export async function listRecordsForEditor(
  kind: RecordKind,
  query: { q?: string; filter?: string; trashed: boolean; page: number },
) {
  const spec = RECORD_SPECS[kind];
  const filter = RECORD_META[kind].filter;
  const where = {
    ...inTrashView(query.trashed),
    ...(query.q ? spec.list.search(query.q) : {}),
    ...(filter && query.filter && filter.options.includes(query.filter)
      ? { [filter.name]: query.filter }
      : {}),
  };
  const [rows, total] = await getDb().$transaction(async (tx) => {
    const model = spec.model(tx);
    return Promise.all([
      model.findMany({
        where,
        select: spec.list.select,
        orderBy: spec.list.orderBy,
        skip: (query.page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
      }),
      model.count({ where }),
    ]);
  });
  return {
    rows: rows.map((r) => spec.list.toRow(r as never)),
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
