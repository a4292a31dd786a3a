import 'server-only';
import { getDb } from '../core/client.ts';
import { LIVE } from '../core/visibility.ts';

/** Tags for the event form's tag picker (not trashed), by name; few enough to send whole. */
export async function listTagOptions(): Promise<{ slug: string; name: string }[]> {
  return getDb().tag.findMany({
    where: LIVE,
    select: { slug: true, name: true },
    orderBy: { name: 'asc' },
  });
}
