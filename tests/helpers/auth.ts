import { randomBytes } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { getDb } from '../../lib/db/core/client.ts';
import { createApiToken } from '../../lib/db/accounts/tokens.ts';

// A cheap bcrypt hash (cost 4) of 'test-password-123': test accounts need no slow hash.
export const TEST_PASSWORD = 'test-password-123';
const TEST_HASH = '$2b$04$s/V/g95ngwrTl6FB5d5NIuqRk5pUoNI8F0Vrkj3AUH0V9o63MT2Bm';

/** A user of the given role with a live API token and a session cookie for it. */
export async function makeUser(role: 'admin' | 'editor', options: { passwordHash?: string } = {}) {
  const id = randomBytes(4).toString('hex');
  const user = await getDb().user.create({
    data: {
      email: `test-user-${id}@example.org`,
      name: `Test ${role} ${id}`,
      role,
      passwordHash: options.passwordHash ?? TEST_HASH,
    },
  });
  const { token } = await createApiToken(user.id, 'test', null);
  const jwt = await encode({
    token: { sub: String(user.id) },
    secret: process.env.NEXTAUTH_SECRET!,
  });
  return {
    user,
    token,
    bearer: { authorization: `Bearer ${token}` } as Record<string, string>,
    cookie: { cookie: `next-auth.session-token=${jwt}` } as Record<string, string>,
  };
}

export async function cleanupTestUsers() {
  await getDb().user.deleteMany({ where: { email: { startsWith: 'test-user-' } } });
}
