import { describe, expect, test } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv', () => {
  test('fills sensible defaults', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, EMBEDDED_PG_DIR: '.data/postgres' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  test.each([
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL: must start with postgres/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD: must be at least 12 characters/],
    [{ ADMIN_EMAIL: 'not-an-email' }, /ADMIN_EMAIL/],
  ])('names the bad variable: %j', (input, message) => {
    expect(() => parseEnv(input)).toThrow(message);
  });
});
