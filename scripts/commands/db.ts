// npm run db:migrate | db:seed | db:reset | db:migration -- <name>
// Against DATABASE_URL when set, else the embedded development database.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '../../lib/env.ts';
import { withDatabase } from '../lib/database.ts';
import {
  applyMigrations,
  diffSchemas,
  listMigrationNames,
  MIGRATIONS_DIR,
  SCHEMA_FILE,
  SCHEMA_SNAPSHOT,
} from '../lib/migrations.ts';
import { resetDatabase, seedDatabase } from '../lib/setup.ts';

async function writeMigration(url: string, name: string) {
  if (!/^[a-z0-9_]+$/.test(name))
    throw new Error(
      'Name the migration in snake_case, e.g. `npm run db:migration -- add_relation_notes`.',
    );
  const names = await listMigrationNames();
  const last = names.at(-1);
  const from = last
    ? await readFile(path.join(MIGRATIONS_DIR, last, SCHEMA_SNAPSHOT), 'utf8')
    : null;
  const sql = await diffSchemas(url, from, await readFile(SCHEMA_FILE, 'utf8'));
  if (!sql || /^-- This is an empty migration/.test(sql)) {
    console.log('The schema has not changed since the last migration; nothing written.');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), sql + '\n');
  await copyFile(SCHEMA_FILE, path.join(dir, SCHEMA_SNAPSHOT));
  console.log(
    `Wrote ${path.relative(process.cwd(), dir)}/migration.sql; review it, then \`npm run db:migrate\`.`,
  );
}

export async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  await withDatabase(env, async (url) => {
    switch (command) {
      case 'migrate': {
        const applied = await applyMigrations(url);
        console.log(applied.length ? `Applied ${applied.join(', ')}` : 'Database is up to date.');
        return;
      }
      case 'seed':
        console.log((await seedDatabase(url)).summary);
        return;
      case 'reset':
        if (env.NODE_ENV === 'production')
          throw new Error('db:reset refuses to run with NODE_ENV=production.');
        await resetDatabase(url);
        console.log('Database rebuilt: migrations applied and seed data loaded.');
        return;
      case 'migration':
        if (!name) throw new Error('Usage: npm run db:migration -- <name>');
        return writeMigration(url, name);
      default:
        throw new Error('Usage: tsx scripts/db.ts migrate|seed|reset|migration <name>');
    }
  });
}
