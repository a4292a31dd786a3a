// npm run build: generate the Prisma client, then build the Next.js app.
import { execFileSync } from 'node:child_process';
import { buildApp } from '../lib/next-build.ts';

export async function main(): Promise<void> {
  execFileSync('node', ['scripts/prisma-generate.mjs'], { stdio: 'inherit' });
  buildApp();
}
