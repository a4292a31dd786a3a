import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Integration tests: a real PostgreSQL (a fresh database per run, see
// tests/helpers/global-setup.ts), one file at a time.
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve('.'),
      'server-only': path.resolve('tests/helpers/server-only-stub.ts'),
      // Pages call next-intl's server functions; outside Next they read the same catalogues.
      'next-intl/server': path.resolve('tests/helpers/next-intl-server.ts'),
    },
  },
  test: {
    include: ['tests/integration/**/*.test.ts'],
    // next-intl's ESM imports 'next/navigation' without an extension, which Node's resolver
    // refuses; bundled by Vite instead, it resolves as it does in Next.
    server: { deps: { inline: ['next-intl'] } },
    environment: 'node',
    globalSetup: ['tests/helpers/global-setup.ts'],
    setupFiles: ['tests/helpers/setup-env.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
