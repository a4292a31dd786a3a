import 'server-only';
import { getDb } from '../core/client.ts';
import { LIVE } from '../core/visibility.ts';

/** Actors for the editor's pickers (not trashed), alphabetical by code; few enough to send whole. */
export async function listActorOptions(): Promise<{ code: string; name: string; kind: string }[]> {
  return getDb().actor.findMany({
    where: LIVE,
    select: { code: true, name: true, kind: true },
    orderBy: { code: 'asc' },
  });
}
