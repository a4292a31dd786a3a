import { afterAll, describe, expect, test } from 'vitest';
import { POST } from '../../app/api/events/route.ts';
import { verifyCredentials } from '../../lib/db/accounts/auth.ts';
import { getDb } from '../../lib/db/core/client.ts';
import {
  createUser,
  resetPassword,
  setUserDisabled,
  setUserRole,
} from '../../lib/db/accounts/user-admin.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../lib/db/accounts/tokens.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

afterAll(async () => {
  await cleanupTestUsers();
  await getDb().$disconnect();
});

describe('account management', () => {
  test('the last active admin cannot be demoted or disabled; with a second admin they can', async () => {
    await getDb().user.updateMany({ where: { role: 'admin' }, data: { role: 'editor' } });
    const admin = await makeUser('admin');
    await expect(setUserRole(admin.user.id, 'editor')).rejects.toMatchObject({
      code: 'last_admin',
      message: /last admin/,
    });
    await expect(setUserDisabled(admin.user.id, true)).rejects.toMatchObject({
      code: 'last_admin',
    });
    const second = await makeUser('admin');
    await setUserDisabled(admin.user.id, true);
    await expect(setUserRole(second.user.id, 'editor')).rejects.toMatchObject({
      code: 'last_admin',
    });
  });

  test('a created account signs in with its password; a reset password replaces it; disabled accounts cannot sign in', async () => {
    await createUser({
      email: 'test-user-new@example.org',
      name: 'New',
      role: 'editor',
      password: 'first-password-123',
    });
    const user = await verifyCredentials('Test-User-New@example.org', 'first-password-123');
    expect(user).toMatchObject({ role: 'editor' });
    await expect(
      createUser({
        email: 'test-user-new@example.org',
        name: 'Again',
        role: 'editor',
        password: 'x'.repeat(12),
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: { email: expect.any(String) } });
    await resetPassword(user!.id, 'second-password-456');
    expect(await verifyCredentials('test-user-new@example.org', 'first-password-123')).toBeNull();
    expect(
      await verifyCredentials('test-user-new@example.org', 'second-password-456'),
    ).not.toBeNull();
    await setUserDisabled(user!.id, true);
    expect(await verifyCredentials('test-user-new@example.org', 'second-password-456')).toBeNull();
  });
});

describe('API tokens', () => {
  test('are stored hashed, listed by prefix, and stop working once revoked', async () => {
    const { user } = await makeUser('editor');
    const { token, row } = await createApiToken(
      user.id,
      'script',
      new Date(Date.now() + 86_400_000),
    );
    const stored = await getDb().apiToken.findUnique({
      where: { id: row.id },
      omit: { tokenHash: false },
    });
    expect(stored!.tokenHash).not.toContain(token.slice(3));
    expect((await listApiTokens(user.id)).find((t) => t.id === row.id)).toMatchObject({
      prefix: token.slice(0, 10),
      revokedAt: null,
    });
    const post = () =>
      POST(
        new Request('http://x/api/events', {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: '{}',
        }),
        {},
      );
    expect((await post()).status).toBe(422);
    await revokeApiToken(user.id, row.id);
    expect((await post()).status).toBe(401);
    await expect(revokeApiToken(user.id, row.id)).rejects.toMatchObject({
      digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
    });
  });
});
