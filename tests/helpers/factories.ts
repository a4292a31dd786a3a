import { randomBytes } from 'node:crypto';
import { getDb } from '../../lib/db/core/client.ts';

const unique = () => randomBytes(4).toString('hex');

/** An event with one actor and one source; published unless told otherwise. */
export async function makeEvent(
  overrides: {
    publication?: 'draft' | 'published';
    deletedAt?: Date | null;
    title?: string;
    summary?: string;
    date?: string;
  } = {},
) {
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
      summary: overrides.summary ?? 'A test event.',
      startDate: new Date(overrides.date ?? '2020-05-01'),
      datePrecision: 'day',
      status: 'reported',
      publication: overrides.publication ?? 'published',
      deletedAt: overrides.deletedAt ?? null,
      actors: { create: { actorId: actor.id } },
      sources: {
        create: {
          source: {
            create: {
              publisher: 'Test wire',
              title: `Report ${id}`,
              url: `https://example.org/r/${id}`,
            },
          },
        },
      },
    },
  });
}

/** Removes what makeEvent made (events cascade to their links). */
export async function cleanupTestRecords() {
  const db = getDb();
  await db.event.deleteMany({ where: { slug: { startsWith: 'test-event-' } } });
  // Quotes written with test events cite their sources (and outlive the event).
  await db.quoteSource.deleteMany({ where: { source: { publisher: 'Test wire' } } });
  await db.source.deleteMany({ where: { publisher: 'Test wire' } });
  await db.actor.deleteMany({ where: { code: 'TEST_ACTOR' } });
}

/** A North Korea–Russia annual total from a test compiler (seeded actors must exist). */
export async function makeTradeObservation(overrides: {
  year: number;
  valueUsd: number;
  confidence?: 'high' | 'medium' | 'low';
}) {
  return getDb().tradeObservation.create({
    data: {
      reporter: { connect: { code: 'KP' } },
      partner: { connect: { code: 'RU' } },
      year: overrides.year,
      period: String(overrides.year),
      flow: 'total',
      valueUsd: overrides.valueUsd,
      compiler: 'Russian customs (test)',
      confidence: overrides.confidence ?? 'high',
      source: {
        create: {
          publisher: 'Test trade wire',
          title: `Trade ${overrides.year}`,
          url: 'https://example.org/t',
        },
      },
    },
  });
}

/** Removes what makeTradeObservation made. */
export async function cleanupTradeRecords() {
  const db = getDb();
  await db.tradeObservation.deleteMany({ where: { source: { publisher: 'Test trade wire' } } });
  await db.source.deleteMany({ where: { publisher: 'Test trade wire' } });
}
