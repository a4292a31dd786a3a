import 'server-only';
import { getDb } from './client.ts';

const TRACKED = ['title', 'a', 'b', 'kind', 'status', 'start', 'end', 'notes', 'sources', 'events', 'trashedAt'] as const;

/** Every revision of a relation, newest first, with the fields each one changed. */
export async function listRelationRevisions(key: string) {
  const relation = await getDb().relation.findUnique({ where: { key }, select: { id: true } });
  if (!relation) return [];
  const rows = await getDb().revision.findMany({
    where: { entityType: 'relation', entityId: relation.id },
    orderBy: { version: 'asc' },
    select: { version: true, action: true, createdAt: true, snapshot: true, author: { select: { name: true } } },
  });
  return rows
    .map((r, i) => {
      const before = (i ? rows[i - 1].snapshot : {}) as Record<string, unknown>;
      const after = r.snapshot as Record<string, unknown>;
      const changed = TRACKED.filter((f) => f in after && JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));
      return { version: r.version, action: r.action, at: r.createdAt.toISOString(), author: r.author?.name ?? 'seed data', changed };
    })
    .reverse();
}
