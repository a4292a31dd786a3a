import 'server-only';
import { tagInputSchema, tagUpdateSchema, type TagInput } from '../../schemas/tag.ts';
import type { RecordDelegate, RecordSpec } from '../record-writes.ts';
import type { Tx } from '../revisions.ts';
import { iso, searchAny } from './shared.ts';

async function snapshotTag(tx: Tx, id: number) {
  const t = await tx.tag.findUniqueOrThrow({ where: { id }, select: { slug: true, name: true, version: true, updatedAt: true, deletedAt: true } });
  return { slug: t.slug, name: t.name, version: t.version, updatedAt: t.updatedAt.toISOString(), trashedAt: iso(t.deletedAt) };
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
  columns: async (_tx, t) => ({ slug: t.slug, name: t.name }),
  snapshot: snapshotTag,
  toInput: (t) => ({ slug: t.slug, name: t.name }),
  duplicate: { slug: 'A tag with this slug already exists (possibly in the trash)' },
  list: {
    search: (q) => searchAny(q, ['slug', 'name']),
    select: { slug: true, name: true, updatedAt: true, _count: { select: { events: true } } },
    orderBy: [{ slug: 'asc' }],
    toRow: (t: { slug: string; name: string; updatedAt: Date; _count: { events: number } }) => ({ key: t.slug, title: t.name, detail: `${t.slug} · ${t._count.events} events`, updatedAt: t.updatedAt.toISOString() }),
  },
};
