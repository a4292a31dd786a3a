import 'server-only';
import type { FailureStore } from '../../auth/throttle.ts';
import { getDb } from '../core/client.ts';

/** Failed sign-ins in the database, so every web server process sees the same count. */
export const dbFailureStore: FailureStore = {
  async recent(keys, since) {
    const rows = await getDb().signInFailure.findMany({
      where: { key: { in: keys }, at: { gt: new Date(since) } },
      orderBy: { at: 'asc' },
      select: { key: true, at: true },
    });
    return new Map(
      keys.map((k) => [k, rows.filter((r) => r.key === k).map((r) => r.at.getTime())]),
    );
  },
  async add(keys, at, since) {
    const [, rows] = await getDb().$transaction([
      getDb().signInFailure.deleteMany({
        where: { key: { in: keys }, at: { lte: new Date(since) } },
      }),
      getDb().signInFailure.createManyAndReturn({
        data: keys.map((key) => ({ key, at: new Date(at) })),
        select: { id: true },
      }),
    ]);
    return rows.map((r) => r.id);
  },
  async remove(records) {
    await getDb().signInFailure.deleteMany({ where: { id: { in: records } } });
  },
  async clear(keys) {
    await getDb().signInFailure.deleteMany({ where: { key: { in: keys } } });
  },
};
