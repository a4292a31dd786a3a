import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../scripts/lib/migrations.ts';
import { startTestServer } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    serverAdminUrl: string;
  }
}

/** One fresh, migrated database for the whole run; dropped (with its server) at the end. */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const name = `alliance_test_${randomBytes(4).toString('hex')}`;
  const url = await server.createDatabase(name);
  await applyMigrations(url);
  project.provide('databaseUrl', url);
  project.provide('serverAdminUrl', server.url('postgres'));
  return async () => {
    await server.dropDatabase(name);
    await server.stop();
  };
}
