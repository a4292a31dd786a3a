import 'server-only';
import { tagInputSchema, tagUpdateSchema, type TagInput } from '../../schemas/tag.ts';
import type { RecordDelegate, RecordSpec } from '../versioned/writes.ts';
import type { Tx } from '../core/revisions.ts';
import { NotFound } from '../../errors.ts';
import { byIdOrder, iso, searchAny } from '../versioned/links.ts';

/** Revision snapshots of tags, in the order of `ids`. */
export async function snapshotTags(tx: Tx, ids: number[]) {
  const rows = await tx.tag.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      name: true,
      nameKo: true,
      version: true,
      updatedAt: true,
      deletedAt: true,
    },
  });
  return byIdOrder(ids, rows).map((t) => ({
    slug: t.slug,
    name: t.name,
    nameKo: t.nameKo,
    version: t.version,
    updatedAt: t.updatedAt.toISOString(),
    trashedAt: iso(t.deletedAt),
  }));
}

async function snapshotTag(tx: Tx, id: number) {
  const [tag] = await snapshotTags(tx, [id]);
  if (!tag) throw new NotFound('Tag');
  return tag;
}

export type TagDto = Awaited<ReturnType<typeof snapshotTag>>;

/** A trashed tag disappears from events on reader pages (the links stay) until restored. */
export const TAG_SPEC: RecordSpec<TagInput, TagDto> = {
  kind: 'tag',
  entityType: 'tag',
  label: 'Tag',
  permission: 'tags.write',
  schema: tagInputSchema,
  updateSchema: tagUpdateSchema,
  model: (tx) => tx.tag as unknown as RecordDelegate,
  where: (key) => ({ slug: key }),
  keyOf: (t) => t.slug,
  columns: async (_tx, t) => ({
    slug: t.slug,
    name: t.name,
    ...(t.nameKo !== undefined && { nameKo: t.nameKo }),
  }),
  snapshot: snapshotTag,
  // `?? null`: revisions written before tags had a Korean name lack the field.
  toInput: (t) => ({ slug: t.slug, name: t.name, nameKo: t.nameKo ?? null }),
  duplicate: { slug: 'A tag with this slug already exists (possibly in the trash)' },
  list: {
    search: (q) => searchAny(q, ['slug', 'name']),
    select: { slug: true, name: true, updatedAt: true, _count: { select: { events: true } } },
    orderBy: [{ slug: 'asc' }],
    toRow: (t: { slug: string; name: string; updatedAt: Date; _count: { events: number } }) => ({
      key: t.slug,
      title: t.name,
      detail: [t.slug, { t: 'rowDetail.events', v: { count: t._count.events } }],
      updatedAt: t.updatedAt.toISOString(),
    }),
  },
};
