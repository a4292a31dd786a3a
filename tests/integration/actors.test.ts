import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getActor, listCoActorsByYear } from '../../lib/db/actors/directory.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await getDb().$disconnect();
});

describe('actor profile', () => {
  test('getActor finds an actor by code and nothing for an unknown one', async () => {
    expect(await getActor('KP')).toMatchObject({ code: 'KP', kind: 'state' });
    expect(await getActor('NOPE')).toBeNull();
  });

  test('co-actors by year count the published events shared with the actor', async () => {
    const rows = await listCoActorsByYear('KP');
    const ru2024 = rows.find((r) => r.code === 'RU' && r.year === 2024)!;
    const expected = await getDb().event.count({
      where: {
        deletedAt: null,
        publication: 'published',
        startDate: { gte: new Date('2024-01-01'), lt: new Date('2025-01-01') },
        AND: [
          { actors: { some: { actor: { code: 'KP' } } } },
          { actors: { some: { actor: { code: 'RU' } } } },
        ],
      },
    });
    expect(expected).toBeGreaterThan(0);
    expect(ru2024.count).toBe(expected);
    expect(rows.every((r) => r.code !== 'KP')).toBe(true);
    expect(new Set(rows.map((r) => r.code)).size).toBeLessThanOrEqual(8);
  });
});
