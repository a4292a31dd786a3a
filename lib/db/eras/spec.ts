import 'server-only';
import { NotFound } from '../../errors.ts';
import { eraInputSchema, eraUpdateSchema, type EraInput } from '../../schemas/era.ts';
import type { RecordDelegate, RecordSpec } from '../versioned/writes.ts';
import type { Tx } from '../core/revisions.ts';
import { LIVE } from '../core/visibility.ts';
import { assertSources, byIdOrder, iso, searchAny } from '../versioned/links.ts';

/** Revision snapshots of eras, in the order of `ids`. */
export async function snapshotEras(tx: Tx, ids: number[]) {
  const rows = await tx.era.findMany({
    where: { id: { in: ids } },
    include: {
      sources: {
        where: { source: LIVE },
        select: { source: { select: { id: true, publisher: true, title: true, url: true } } },
        orderBy: { sourceId: 'asc' },
      },
    },
  });
  return byIdOrder(ids, rows).map((e) => ({
    slug: e.slug,
    title: e.title,
    titleKo: e.titleKo ?? null,
    start: e.start,
    end: e.end,
    sources: e.sources.map((s) => s.source),
    version: e.version,
    updatedAt: e.updatedAt.toISOString(),
    trashedAt: iso(e.deletedAt),
  }));
}

async function snapshotEra(tx: Tx, id: number) {
  const [era] = await snapshotEras(tx, [id]);
  if (!era) throw new NotFound('Era');
  return era;
}

export type EraDto = Awaited<ReturnType<typeof snapshotEra>>;

async function eraColumns(tx: Tx, e: EraInput) {
  await assertSources(tx, e.sources, 'sources');
  const { sources: _ids, ...fields } = e;
  return fields;
}

/** Replaces the era's sources; links to trashed sources stay, to come back on restore. */
async function linkSources(tx: Tx, eraId: number, e: EraInput) {
  await tx.eraSource.deleteMany({ where: { eraId, source: LIVE } });
  await tx.eraSource.createMany({
    data: [...new Set(e.sources)].map((sourceId) => ({ eraId, sourceId })),
    skipDuplicates: true,
  });
}

export const ERA_SPEC: RecordSpec<EraInput, EraDto> = {
  kind: 'era',
  entityType: 'era',
  label: 'Era',
  permission: 'eras.write',
  schema: eraInputSchema,
  updateSchema: eraUpdateSchema,
  model: (tx) => tx.era as unknown as RecordDelegate,
  where: (key) => ({ slug: key }),
  keyOf: (e) => e.slug,
  columns: eraColumns,
  afterWrite: linkSources,
  snapshot: snapshotEra,
  toInput: (e) => ({
    slug: e.slug,
    title: e.title,
    titleKo: e.titleKo ?? null,
    start: e.start,
    end: e.end,
    sources: e.sources.map((s) => s.id),
  }),
  duplicate: { slug: 'An era with this slug already exists (possibly in the trash)' },
  list: {
    search: (q) => searchAny(q, ['slug', 'title']),
    select: { slug: true, title: true, start: true, end: true, updatedAt: true },
    orderBy: [{ start: 'asc' }, { slug: 'asc' }],
    toRow: (e: {
      slug: string;
      title: string;
      start: string;
      end: string | null;
      updatedAt: Date;
    }) => ({
      key: e.slug,
      title: e.title,
      detail: [
        e.slug,
        e.end
          ? { t: 'rowDetail.period', v: { start: e.start, end: e.end } }
          : { t: 'rowDetail.since', v: { start: e.start } },
      ],
      updatedAt: e.updatedAt.toISOString(),
    }),
  },
};
