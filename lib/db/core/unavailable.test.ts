import { describe, expect, test } from 'vitest';
import { isDatabaseUnreachable } from './unavailable.ts';

describe('isDatabaseUnreachable', () => {
  test('a replica cancelling a public read for its replay is a 503, a serialization failure is not', () => {
    const recovery = {
      code: '40001',
      message: 'canceling statement due to conflict with recovery',
    };
    expect(isDatabaseUnreachable(new Error('query failed', { cause: recovery }))).toBe(true);
    const serialization = {
      code: '40001',
      message: 'could not serialize access due to concurrent update',
    };
    expect(isDatabaseUnreachable(serialization)).toBe(false);
  });
});
