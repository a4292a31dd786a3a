import 'server-only';
import { InvalidInput } from '../../errors.ts';
import { INT4_MAX } from '../../schemas/common.ts';
import type { Tx } from '../core/revisions.ts';
import { LIVE } from '../core/visibility.ts';

// Small pieces the record specs share.

/** Keys that are row ids in URLs (/api/sources/12); past the integer column's range, none. */
export const byId = (key: string) =>
  /^[1-9]\d{0,9}$/.test(key) && Number(key) <= INT4_MAX ? { id: Number(key) } : null;

/** Case-insensitive "contains" on any of the fields, for the editor lists. */
export const searchAny = (q: string | undefined, fields: string[]) =>
  q ? { OR: fields.map((f) => ({ [f]: { contains: q, mode: 'insensitive' as const } })) } : {};

/**
 * The refusal when a record names a trashed tag or source: every writer asks for a restore,
 * since a second copy would split the record's history and citations.
 */
export function inTrash(field: string, noun: 'tag' | 'source', name: string): InvalidInput {
  const page = noun === 'tag' ? 'Tags' : 'Sources';
  return new InvalidInput({
    [field]: `The ${noun} “${name}” is in the trash: restore it under ${page} first`,
  });
}

/** Ids of the live actors among `codes`, by code (the one lookup of actors by code). */
export async function liveActorIds(tx: Tx, codes: string[]): Promise<Map<string, number>> {
  const rows = codes.length
    ? await tx.actor.findMany({
        where: { code: { in: codes }, ...LIVE },
        select: { id: true, code: true },
      })
    : [];
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Actor ids by code (not trashed) for each field; an unknown code is a field error on its field. */
export async function actorIds(
  tx: Tx,
  codes: Record<string, string | null>,
): Promise<Record<string, number | null>> {
  const ids = await liveActorIds(
    tx,
    Object.values(codes).filter((c): c is string => !!c),
  );
  const out: Record<string, number | null> = {};
  const errors: Record<string, string> = {};
  for (const [field, code] of Object.entries(codes)) {
    out[field] = code ? (ids.get(code) ?? null) : null;
    if (code && out[field] === null) errors[field] = `Unknown actor code "${code}"`;
  }
  if (Object.keys(errors).length) throw new InvalidInput(errors);
  return out;
}

/** Source ids that exist and are not trashed; any other is a field error on `field`. */
export async function assertSources(tx: Tx, ids: number[], field: string): Promise<void> {
  const found = await tx.source.findMany({
    where: { id: { in: ids }, ...LIVE },
    select: { id: true },
  });
  const missing = ids.filter((id) => !found.some((s) => s.id === id));
  if (missing.length)
    throw new InvalidInput({
      [field]: `No source numbered ${missing.join(', ')} (or it is in the trash)`,
    });
}

export const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Rows in the order of `ids` (missing ones left out): findMany does not keep the order. */
export function byIdOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byKey = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byKey.has(id) ? [byKey.get(id)!] : []));
}
