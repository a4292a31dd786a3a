import 'server-only';
import { getDb } from '../core/client.ts';
import { LIVE } from '../core/visibility.ts';

/** Actor codes and names for the editor's pickers (not trashed), alphabetical by code. */
export async function listActorOptions(): Promise<{ code: string; name: string }[]> {
  return getDb().actor.findMany({
    where: LIVE,
    select: { code: true, name: true },
    orderBy: { code: 'asc' },
  });
}
