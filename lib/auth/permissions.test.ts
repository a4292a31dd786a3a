import { describe, expect, test } from 'vitest';
import { Forbidden, Unauthenticated } from '../errors.ts';
import { assertPermission, can } from './permissions.ts';

const editor = { id: 1, role: 'editor' as const, email: 'e@x', name: 'E' };
const admin = { id: 2, role: 'admin' as const, email: 'a@x', name: 'A' };

describe('permissions', () => {
  test.each([
    ['events.write', editor, true],
    ['events.write', admin, true],
    ['users.manage', editor, false],
    ['users.manage', admin, true],
    ['events.write', null, false],
  ] as const)('can(%s) for %o is %s', (permission, user, expected) => {
    expect(can(user, permission)).toBe(expected);
  });

  // lib/http/errors.test.ts holds each to its status (401, 403).
  test('assertPermission throws Unauthenticated for nobody and Forbidden for the wrong role', () => {
    expect(() => assertPermission(null, 'events.write')).toThrow(Unauthenticated);
    expect(() => assertPermission(editor, 'users.manage')).toThrow(Forbidden);
    expect(assertPermission(admin, 'users.manage')).toBe(admin);
  });
});
