import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests: pure modules, beside the code as *.test.ts. No database.
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve('.'),
      'server-only': path.resolve('tests/helpers/server-only-stub.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
