import { afterAll, describe, expect, test } from 'vitest';
import { guardSignIn } from '../../lib/auth/sign-in-guard.ts';
import { REFUSE_AFTER, Throttle } from '../../lib/auth/throttle.ts';
import { getDb } from '../../lib/db/client.ts';
import { dbFailureStore } from '../../lib/db/sign-in-failures.ts';

// Two web server processes, each with its own throttle over the shared database: an
// attacker spreading attempts across servers is still stopped.

const failed = async () => Response.json({ url: 'http://x/sign-in?error=CredentialsSignin' });
const ctx = { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) };
const email = `throttle-${Date.now()}@example.org`;
const attempt = (ip: string) =>
  new Request('http://x/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams({ email, password: 'wrong-password' }),
  });

afterAll(async () => {
  await getDb().signInFailure.deleteMany({ where: { key: `account:${email}` } });
  await getDb().$disconnect();
});

describe('sign-in throttle across processes', () => {
  test('failures counted by one server make the other refuse, with Retry-After', async () => {
    const options = { sleep: async () => {} };
    const serverA = guardSignIn(failed, { ...options, throttle: new Throttle(dbFailureStore) });
    const serverB = guardSignIn(failed, { ...options, throttle: new Throttle(dbFailureStore) });
    for (let i = 0; i < REFUSE_AFTER; i++) {
      const server = i % 2 ? serverB : serverA;
      expect((await server(attempt(`198.51.100.${i}`), ctx)).status).toBe(200);
    }
    const refused = await serverB(attempt('198.51.100.200'), ctx);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await getDb().signInFailure.count({ where: { key: `account:${email}` } })).toBe(
      REFUSE_AFTER,
    );
  });
});
