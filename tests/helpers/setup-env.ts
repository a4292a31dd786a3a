import { inject } from 'vitest';

// Runs before each test file's imports, so lib/env.ts parses the test database's URL.
process.env.DATABASE_URL = inject('databaseUrl');
// Sessions in tests are signed with a fixed secret (lib/auth/session.ts needs one).
process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789abcdef';
