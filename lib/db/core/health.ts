import 'server-only';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { getDb } from './client.ts';
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

/** Database reachable, every migration on disk applied, and what readers can see of its data. */
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

async function checkHealth(): Promise<Health> {
  const db = getDb();
  try {
    const [applied, onDisk, events, actors, sources, quotes, tradeObservations] = await Promise.all(
      [
        db.$queryRaw<{ name: string }[]>`
        SELECT migration_name AS name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        readdir(path.resolve('prisma/migrations'), { withFileTypes: true }),
        db.event.count({ where: PUBLISHED_LIVE }),
        db.actor.count({ where: LIVE }),
        db.source.count({ where: PUBLIC_SOURCE }),
        db.quote.count({ where: PUBLIC_QUOTE }),
        db.tradeObservation.count({ where: LIVE }),
      ],
    );
    const appliedNames = new Set(applied.map((m) => m.name));
    const pending = onDisk
      .filter((d) => d.isDirectory() && !appliedNames.has(d.name))
      .map((d) => d.name);
    return {
      status: pending.length ? 'degraded' : 'ok',
      database: 'reachable',
      migrations: { applied: appliedNames.size, pending },
      counts: { events, actors, sources, quotes, tradeObservations },
    };
  } catch (err) {
    console.error('health check failed:', err instanceof Error ? err.message : err);
    return DOWN;
  }
}
