import 'server-only';
import { sourceInputSchema, sourceUpdateSchema, type SourceInput } from '../../schemas/source.ts';
import type { RecordDelegate, RecordSpec } from '../versioned/writes.ts';
import type { Tx } from '../core/revisions.ts';
import { InvalidInput, NotFound } from '../../errors.ts';
import { byId, byIdOrder, iso, searchAny } from '../versioned/links.ts';
import { LIVE, PUBLIC_SOURCE } from '../core/visibility.ts';

const select = {
  id: true,
  key: true,
  publisher: true,
  title: true,
  titleIsDescriptive: true,
  url: true,
  publishedAt: true,
  reliability: true,
  gradeReason: true,
  archiveUrl: true,
  version: true,
  updatedAt: true,
  deletedAt: true,
} as const;

/** Revision snapshots of sources, in the order of `ids`. */
export async function snapshotSources(tx: Tx, ids: number[]) {
  const rows = byIdOrder(ids, await tx.source.findMany({ where: { id: { in: ids } }, select }));
  return rows.map(({ deletedAt, updatedAt, ...s }) => ({
    ...s,
    updatedAt: updatedAt.toISOString(),
    trashedAt: iso(deletedAt),
  }));
}

export async function snapshotSource(tx: Tx, id: number) {
  const [source] = await snapshotSources(tx, [id]);
  if (!source) throw new NotFound('Source');
  return source;
}

export type SourceDto = Awaited<ReturnType<typeof snapshotSource>>;

/**
 * Sources may be trashed while events cite them: events and quotes stop showing them until
 * restored. A source behind a trade figure may not (every figure must cite a live source).
 */
export const SOURCE_SPEC: RecordSpec<SourceInput, SourceDto> = {
  kind: 'source',
  entityType: 'source',
  label: 'Source',
  permission: 'sources.write',
  schema: sourceInputSchema,
  updateSchema: sourceUpdateSchema,
  model: (tx) => tx.source as unknown as RecordDelegate,
  where: byId,
  publicWhere: PUBLIC_SOURCE,
  keyOf: (s) => String(s.id),
  columns: async (_tx, s) => ({
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    publishedAt: s.publishedAt,
    reliability: s.reliability,
    gradeReason: s.gradeReason ?? null,
    archiveUrl: s.archiveUrl ?? null,
  }),
  // One URL is one source (unique by its normalised key): name the one on file.
  async beforeCreate(tx, s) {
    if (!s.url) return;
    const [held] = await tx.$queryRaw<{ id: number; trashed: boolean }[]>`
      SELECT id, deleted_at IS NOT NULL AS trashed FROM source
      WHERE url_key = source_url_key(${s.url}) ORDER BY deleted_at NULLS FIRST LIMIT 1`;
    if (held)
      throw new InvalidInput({
        url: `This URL is already source No. ${held.id}${held.trashed ? ' (in the trash: restore it)' : ''}; cite that one`,
      });
  },
  snapshot: snapshotSource,
  toInput: (s) => ({
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    publishedAt: s.publishedAt,
    reliability: s.reliability,
    gradeReason: s.gradeReason,
    archiveUrl: s.archiveUrl,
  }),
  inUse: async (tx, id) => {
    const n = await tx.tradeObservation.count({ where: { sourceId: id, ...LIVE } });
    if (n)
      return `This source backs ${n} trade figure${n > 1 ? 's' : ''}: give ${n > 1 ? 'them' : 'it'} another source or trash ${n > 1 ? 'them' : 'it'} first.`;
    // No number without a source: an estimate keeps its source out of the trash too.
    const e = await tx.estimate.count({ where: { sourceId: id, ...LIVE } });
    return e
      ? `This source backs ${e} estimate${e > 1 ? 's' : ''}: give ${e > 1 ? 'them' : 'it'} another source or trash ${e > 1 ? 'them' : 'it'} first.`
      : null;
  },
  duplicate: { url: 'Another source already has this URL (or this key)' },
  list: {
    search: (q) => searchAny(q, ['publisher', 'title', 'url']),
    select,
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    toRow: (s: {
      id: number;
      publisher: string;
      title: string;
      reliability: string | null;
      publishedAt: string | null;
      updatedAt: Date;
    }) => ({
      key: String(s.id),
      title: `${s.publisher}: ${s.title}`,
      detail: [
        { t: 'rowDetail.number', v: { id: s.id } },
        s.reliability
          ? { t: 'rowDetail.reliability', v: { grade: s.reliability } }
          : { t: 'rowDetail.notGraded' },
        s.publishedAt ?? '',
      ].filter(Boolean),
      updatedAt: s.updatedAt.toISOString(),
    }),
  },
};
