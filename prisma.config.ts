// Read by the Prisma CLI (prisma generate). Migrations are applied by scripts/db.ts
// through Prisma's WASM schema engine, so no engine binary is downloaded.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' },
});
