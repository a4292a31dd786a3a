import { describe, expect, test } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';

describe('cursor', () => {
  test('round-trips a key', () => {
    const key = { d: '2024-10-23', i: 42, r: 2 };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
  });

  test.each([
    'abc',
    encodeCursor({ d: 'x', i: 1 }),
    encodeCursor({ d: '2024-01-01', i: 1, r: 0.5 }),
    Buffer.from('{"d":"2024-01-01","i":"1"}').toString('base64url'),
    // Would reach PostgreSQL as a date or an int it cannot read.
    encodeCursor({ d: '2024-13-45', i: 1 }),
    encodeCursor({ d: '0000-01-01', i: 1 }),
    encodeCursor({ d: '2024-01-01', i: 2 ** 31 }),
    encodeCursor({ d: '2024-01-01', i: -1 }),
  ])('rejects %s', (bad) => expect(decodeCursor(bad)).toBeNull());
});
