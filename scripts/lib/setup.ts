// Brings a database to a usable state: migrations, first-start seed, first admin.
import pg from 'pg';
import { createDb } from '../../lib/db/core/client.ts';
import {
  seedDatabase as loadSeed,
  seededFingerprint,
  type SeedResult,
} from '../../lib/db/core/seed.ts';
import { ensureFirstAdmin } from '../../lib/db/accounts/users.ts';
import { readSeedDataset, seedFingerprint } from '../../lib/seed/dataset.ts';
import { applyMigrations } from './migrations.ts';

export async function seedDatabase(url: string): Promise<SeedResult> {
  const db = createDb(url);
  try {
    return await loadSeed(db, readSeedDataset(), seedFingerprint());
  } finally {
    await db.$disconnect();
  }
}

export interface PrepareResult {
  applied: string[];
  seed: SeedResult | null;
  admin: { email: string; generatedPassword?: string; created: boolean };
}

export async function prepareDatabase(
  url: string,
  admin: { email: string; password?: string },
): Promise<PrepareResult> {
  const applied = await applyMigrations(url);
  const db = createDb(url);
  try {
    // Seed on first start, and again (adding only what is missing) when the seed files change;
    // never with SEED=none (a site that starts from an empty log).
    const fingerprint = seedFingerprint();
    const seed =
      process.env.SEED === 'none' || (await seededFingerprint(db)) === fingerprint
        ? null
        : await loadSeed(db, readSeedDataset(), fingerprint);
    return { applied, seed, admin: await ensureFirstAdmin(db, admin) };
  } finally {
    await db.$disconnect();
  }
}

/** Drops everything in the public schema, then migrates and seeds again. */
export async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  } finally {
    await client.end();
  }
  await applyMigrations(url);
  await seedDatabase(url);
}
