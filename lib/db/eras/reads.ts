import 'server-only';
import { getDb } from '../core/client.ts';
import { cachedPerDataVersion } from '../core/read-cache.ts';
import { LIVE } from '../core/visibility.ts';
import { snapshotEras } from './spec.ts';

/** Every live era, in order of start: a handful of rows, drawn behind every timeline window. */
export const listEras = cachedPerDataVersion('listEras', async () => {
  const rows = await getDb().era.findMany({
    where: LIVE,
    select: { id: true },
    orderBy: [{ start: 'asc' }, { slug: 'asc' }],
  });
  return getDb().$transaction((tx) =>
    snapshotEras(
      tx,
      rows.map((r) => r.id),
    ),
  );
});
