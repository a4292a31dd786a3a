import 'server-only';
import { Prisma } from '../generated/client.ts';
import { getDb } from '../core/client.ts';
import { EVENT_SPEC } from '../events/spec.ts';
import { RELATION_SPEC } from '../relations/spec.ts';
import { RECORD_SPECS } from '../versioned/specs.ts';
import { RECORD_META, type RecordKind } from '../../records/kinds.ts';
import type { VersionedSpec } from '../versioned/writes.ts';
import type { FeedPosition } from '../../changes/cursor.ts';
import type { ChangeEntry, ChangePage } from '../../shapes/changes.ts';
import type { ClaimStatus } from '../../schemas/enums.ts';

// Specs of different kinds side by side; their input types differ.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySpec = VersionedSpec<any, any>;

// The change feed: every revision of a public record, in the order the writing
// transactions took their ids, read only below the oldest transaction still running.
//
// Why not revision ids: an id is drawn when a row is inserted, not when its transaction
// commits, so a reader paging by id can pass id 10 (committed) while id 9 (still running)
// commits a moment later, and never see it. Every revision carries its transaction's id
// (`txid`, xid8); a read takes only rows below `pg_snapshot_xmin` of its own snapshot: every
// transaction with a smaller id has ended, so no row can later appear below that line, and
// every row below it that committed is visible. Paging by (txid, id) then never skips and
// never repeats. A long transaction holds the feed back until it ends, never reorders it.

interface FeedKind {
  kind: string;
  spec: AnySpec;
  /** The API path of one record: `/api/<apiPath>/<key>`. */
  apiPath: string;
}

/** Every kind on the versioned write path, by revision entity type. */
function feedKinds(): Map<string, FeedKind> {
  const kinds: FeedKind[] = [
    { kind: 'event', spec: EVENT_SPEC as AnySpec, apiPath: 'events' },
    { kind: 'relation', spec: RELATION_SPEC as AnySpec, apiPath: 'relations' },
    ...Object.entries(RECORD_SPECS).map(([kind, spec]) => ({
      kind,
      spec,
      apiPath: RECORD_META[kind as RecordKind].apiPath,
    })),
  ];
  return new Map(kinds.map((k) => [k.spec.entityType, k]));
}

/** Rows every reader may page over: those of transactions older than any still running. */
const SETTLED = Prisma.sql`r.txid < pg_snapshot_xmin(pg_current_snapshot())`;

/**
 * The last settled revision (as a position): with the data version, what the feed's ETag
 * stands for. Nothing new can enter the feed without this moving.
 */
export async function feedHorizon(): Promise<string> {
  const [row] = await getDb().$queryRaw<{ txid: string; id: number }[]>(Prisma.sql`
    SELECT r.txid::text AS txid, r.id FROM revision r WHERE ${SETTLED}
    ORDER BY r.txid DESC, r.id DESC LIMIT 1`);
  return row ? `${row.txid}.${row.id}` : '0.0';
}

interface Row {
  id: number;
  txid: string;
  entity_type: string;
  entity_id: number;
  version: number;
  action: string;
  snapshot: Snapshot;
  at: string;
  prev: Snapshot | null;
  prev_action: string | null;
}

type Snapshot = Record<string, unknown>;

/** Whether a snapshot is a state readers could see (events: published; all: not trashed). */
function shownState(entityType: string, snapshot: Snapshot | null, action: string | null) {
  if (!snapshot || action === 'trash') return false;
  // A trashed or merged-away record, whichever field its kind's snapshot names it by.
  if (snapshot.trashedAt || snapshot.deletedAt || snapshot.mergedInto) return false;
  if (entityType === 'event') return snapshot.publication === 'published';
  return true;
}

/**
 * Records of kinds whose visibility depends on others (a quote of a draft event, a source
 * cited only by drafts) are in the feed only while readers may see them, leaving the trash
 * aside: the trash is what the feed reports as a removal.
 */
async function publicIds(kinds: Map<string, FeedKind>, rows: Row[]) {
  const out = new Map<string, Set<number>>();
  for (const [entityType, { spec }] of kinds) {
    if (!spec.publicWhere) continue;
    const ids = [
      ...new Set(rows.filter((r) => r.entity_type === entityType).map((r) => r.entity_id)),
    ];
    if (!ids.length) continue;
    const found = (await getDb().$transaction((tx) =>
      (spec.model(tx) as unknown as { findMany(a: object): Promise<{ id: number }[]> }).findMany({
        where: { id: { in: ids }, AND: [{ ...spec.publicWhere, deletedAt: undefined }] },
        select: { id: true },
      }),
    )) as { id: number }[];
    out.set(entityType, new Set(found.map((r) => r.id)));
  }
  return out;
}

/** What a revision did, in the feed's words. */
function changeOf(row: Row, shownBefore: boolean): string {
  if (row.action === 'create' || row.action === 'trash' || row.action === 'restore')
    return row.action;
  if (!shownBefore) return 'publish';
  if (row.entity_type === 'event' && row.prev && row.prev.status !== row.snapshot.status)
    return 'status';
  return row.action;
}

/**
 * Up to `limit` revisions after `cursor` (with `latest`, the last `limit` of them), as changes readers may see: each new public
 * state, and each removal (trash, unpublish, merge away) of a record readers could see.
 * Revisions of drafts and of records readers never saw are passed over, never shown; the
 * cursor moves past them all the same.
 */
export async function listChanges(
  cursor: FeedPosition,
  limit: number,
  options: { latest?: boolean } = {},
): Promise<ChangePage> {
  const rows = await getDb().$queryRaw<Row[]>(Prisma.sql`
    SELECT r.id, r.txid::text AS txid, r.entity_type, r.entity_id, r.version, r.action::text AS action,
      r.snapshot, to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
      prev.snapshot AS prev, prev.action::text AS prev_action
    FROM revision r
    LEFT JOIN LATERAL (
      SELECT p.snapshot, p.action FROM revision p
      WHERE p.entity_type = r.entity_type AND p.entity_id = r.entity_id AND p.version < r.version
      ORDER BY p.version DESC LIMIT 1
    ) prev ON true
    WHERE ${SETTLED}
      AND (r.txid, r.id) > (${cursor.txid}::xid8, ${cursor.id}::int)
    ORDER BY ${options.latest ? Prisma.sql`r.txid DESC, r.id DESC` : Prisma.sql`r.txid, r.id`}
    LIMIT ${limit + 1}`);
  const more = !options.latest && rows.length > limit;
  // The latest changes (for Atom) are read from the end, then put back in order.
  const page = options.latest ? rows.slice(0, limit).reverse() : rows.slice(0, limit);
  const kinds = feedKinds();
  const visible = await publicIds(kinds, page);
  const items: ChangeEntry[] = [];
  for (const row of page) {
    const feedKind = kinds.get(row.entity_type);
    if (!feedKind) continue;
    const ids = visible.get(row.entity_type);
    if (ids && !ids.has(row.entity_id)) continue;
    const key = feedKind.spec.keyOf(row.snapshot as never);
    const shownNow = shownState(row.entity_type, row.snapshot, row.action);
    const shownBefore = shownState(row.entity_type, row.prev, row.prev_action);
    const base = { kind: feedKind.kind, at: row.at };
    const href = (k: string) =>
      `/api/${feedKind.apiPath}/${encodeURIComponent(k)}` +
      (row.entity_type === 'event' ? `?rev=${row.version}` : '');
    const prevKey = row.prev ? feedKind.spec.keyOf(row.prev as never) : key;
    // A renamed key (an event's new slug): readers lose the old one.
    if (shownBefore && prevKey !== key)
      items.push({
        ...base,
        key: prevKey,
        change: 'rename',
        version: null,
        removed: true,
        href: null,
      });
    if (shownNow)
      items.push({
        ...base,
        key,
        change: changeOf(row, shownBefore && prevKey === key),
        version: row.version,
        removed: false,
        href: href(key),
        // An event's claim status after the change: "now confirmed" without another read.
        ...(row.entity_type === 'event' && { status: row.snapshot.status as ClaimStatus }),
      });
    else if (shownBefore && prevKey === key)
      items.push({
        ...base,
        key,
        change:
          row.entity_type === 'event' &&
          row.action !== 'trash' &&
          row.snapshot.publication !== 'published'
            ? 'unpublish'
            : row.action,
        version: row.version,
        removed: true,
        href: null,
      });
  }
  const last = page.at(-1);
  return {
    items,
    nextCursor: last ? { txid: last.txid, id: last.id } : cursor,
    more,
  };
}
