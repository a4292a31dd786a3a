import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET } from '../../app/api/health/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { applyMigrations, listMigrationNames } from '../../scripts/lib/migrations.ts';
import { inject } from 'vitest';

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await getDb().$disconnect();
});

describe('GET /api/health', () => {
  test('reports the database reachable, every migration applied and the record counts', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({
      status: 'ok',
      database: 'reachable',
      migrations: { pending: [] },
    });
    expect(body.migrations.applied).toBe((await listMigrationNames()).length);
    expect(body.counts.events).toBeGreaterThanOrEqual(33);
    expect(body.counts.tradeObservations).toBe(77);
  });
});

describe('applyMigrations', () => {
  test('is idempotent: a second run applies nothing', async () => {
    expect(await applyMigrations(inject('databaseUrl'))).toEqual([]);
  });
});
