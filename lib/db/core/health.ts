import 'server-only';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { getPrimaryDb } from './client.ts';
import { getReaderDataFingerprint } from './fingerprint.ts';
import { LIVE, PUBLIC_QUOTE, PUBLIC_SOURCE, PUBLISHED_LIVE } from './visibility.ts';

export interface Health {
  status: 'ok' | 'degraded' | 'down';
  database: 'reachable' | 'unreachable';
  migrations: { applied: number; pending: string[] };
  counts: Record<'events' | 'actors' | 'sources' | 'quotes' | 'tradeObservations', number> | null;
}

const DOWN: Health = {
  status: 'down',
  database: 'unreachable',
  migrations: { applied: 0, pending: [] },
  counts: null,
};

/**
 * A health check answers within this, whatever the database does (a frozen server holds a
 * query until the statement timeout): a load balancer must learn "down" in time to act.
 */
export const HEALTH_DEADLINE_MS = 600;

/**
 * Database reachable, every migration on disk applied, and what readers can see of its data
 * (counts that may lag a large write by a few seconds, or be null until first made).
 */
export async function getHealth(): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Health>((resolve) => {
    timer = setTimeout(() => {
      console.error(`health check failed: the database did not answer in ${HEALTH_DEADLINE_MS} ms`);
      resolve(DOWN);
    }, HEALTH_DEADLINE_MS);
  });
  try {
    return await Promise.race([checkHealth(), late]);
  } finally {
    clearTimeout(timer);
  }
}

type Counts = NonNullable<Health['counts']>;

/**
 * How long a health check waits for the record counts. Counting what readers see reads every
 * row (seconds at a million events): the counts are made one at a time, per data version, in
 * the background; a check that cannot wait gives the last ones made (or none yet).
 */
const COUNTS_WAIT_MS = 250;
let counted: { version: string; counts: Counts } | null = null;
let counting: { version: string; done: Promise<Counts | null> } | null = null;

function countsFor(version: string): Promise<Counts | null> {
  if (counted?.version === version) return Promise.resolve(counted.counts);
  if (!counting) {
    const db = getPrimaryDb();
    const done = Promise.all([
      db.event.count({ where: PUBLISHED_LIVE }),
      db.actor.count({ where: LIVE }),
      db.source.count({ where: PUBLIC_SOURCE }),
      db.quote.count({ where: PUBLIC_QUOTE }),
      db.tradeObservation.count({ where: LIVE }),
    ])
      .then(([events, actors, sources, quotes, tradeObservations]) => {
        const counts = { events, actors, sources, quotes, tradeObservations };
        counted = { version, counts };
        return counts;
      })
      .catch(() => null)
      .finally(() => {
        counting = null;
      });
    counting = { version, done };
  }
  const wait = new Promise<null>((resolve) => setTimeout(resolve, COUNTS_WAIT_MS, null));
  return Promise.race([counting.done, wait]).then((counts) => counts ?? counted?.counts ?? null);
}

// The primary, even for a signed-out check: it is what every write and every editor needs.
async function checkHealth(): Promise<Health> {
  const db = getPrimaryDb();
  try {
    const [applied, onDisk, version] = await Promise.all([
      db.$queryRaw<{ name: string }[]>`
        SELECT migration_name AS name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      readdir(path.resolve('prisma/migrations'), { withFileTypes: true }),
      getReaderDataFingerprint(db),
    ]);
    const appliedNames = new Set(applied.map((m) => m.name));
    const pending = onDisk
      .filter((d) => d.isDirectory() && !appliedNames.has(d.name))
      .map((d) => d.name);
    return {
      status: pending.length ? 'degraded' : 'ok',
      database: 'reachable',
      migrations: { applied: appliedNames.size, pending },
      counts: await countsFor(version),
    };
  } catch (err) {
    console.error('health check failed:', err instanceof Error ? err.message : err);
    return DOWN;
  }
}
