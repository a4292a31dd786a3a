import { randomBytes } from 'node:crypto';
import { getDb } from '../../lib/db/client.ts';

const unique = () => randomBytes(4).toString('hex');

/** An event with one actor and one source; published unless told otherwise. */
export async function makeEvent(overrides: { publication?: 'draft' | 'published'; deletedAt?: Date | null; title?: string } = {}) {
  const db = getDb();
  const id = unique();
  const actor = await db.actor.upsert({
    where: { code: 'TEST_ACTOR' },
    create: { code: 'TEST_ACTOR', name: 'Test actor', kind: 'state' },
    update: {},
  });
  return db.event.create({
    data: {
      slug: `test-event-${id}`,
      title: overrides.title ?? `Test event ${id}`,
      summary: 'A test event.',
      startDate: new Date('2020-05-01'),
      datePrecision: 'day',
      status: 'reported',
      publication: overrides.publication ?? 'published',
      deletedAt: overrides.deletedAt ?? null,
      actors: { create: { actorId: actor.id } },
      sources: { create: { source: { create: { publisher: 'Test wire', title: `Report ${id}`, url: 'https://example.org/r' } } } },
    },
  });
}

/** Removes what makeEvent made (events cascade to their links). */
export async function cleanupTestRecords() {
  const db = getDb();
  await db.event.deleteMany({ where: { slug: { startsWith: 'test-event-' } } });
  await db.source.deleteMany({ where: { publisher: 'Test wire' } });
  await db.actor.deleteMany({ where: { code: 'TEST_ACTOR' } });
}
