import { describe, expect, test } from 'vitest';
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

  test('assertPermission throws 401 for nobody and 403 for the wrong role', () => {
    expect(() => assertPermission(null, 'events.write')).toThrow(
      expect.objectContaining({ status: 401 }),
    );
    expect(() => assertPermission(editor, 'users.manage')).toThrow(
      expect.objectContaining({ status: 403 }),
    );
    expect(assertPermission(admin, 'users.manage')).toBe(admin);
  });
});
