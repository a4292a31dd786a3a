// Generates the Prisma client into lib/db/generated. The CLI would otherwise try to
// download a schema-engine binary it does not need for `generate`; pointing it at an
// existing executable stops that (see DESIGN.md, "Prisma 7 client works offline").
import { execFileSync } from 'node:child_process';

execFileSync('npx', ['prisma', 'generate'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/true',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
