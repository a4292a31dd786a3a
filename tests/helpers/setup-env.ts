import { inject } from 'vitest';

// Runs before each test file's imports, so lib/env.ts parses the test database's URL.
process.env.DATABASE_URL = inject('databaseUrl');
