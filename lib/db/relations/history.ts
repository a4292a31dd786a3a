import 'server-only';
import { getDb } from '../core/client.ts';
import { listRevisions } from '../versioned/history.ts';
import type { RelationDto } from '../../shapes/alliances.ts';

const TRACKED = [
  'title',
  'a',
  'b',
  'kind',
  'status',
  'start',
  'end',
  'notes',
  'sources',
  'events',
  'trashedAt',
] as const;
const tracked = (r: RelationDto) =>
  Object.fromEntries(TRACKED.filter((f) => f in r).map((f) => [f, r[f]]));

/** Every revision of a relation, newest first, with the fields each one changed. */
export async function listRelationRevisions(key: string) {
  const relation = await getDb().relation.findUnique({ where: { key }, select: { id: true } });
  if (!relation) return [];
  const entries = await listRevisions('relation', relation.id, tracked);
  return entries.map((r) => ({
    version: r.version,
    action: r.action,
    at: r.at,
    // null: the seed data or a removed account (the page says which, in its language).
    author: r.author,
    changed: r.changes.map((c) => c.field),
  }));
}
