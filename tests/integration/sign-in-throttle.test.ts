import { afterAll, describe, expect, test } from 'vitest';
import { PEER_ADDRESS_HEADER, proxyList, type Network } from '../../lib/auth/client-address.ts';
import { guardSignIn } from '../../lib/auth/sign-in-guard.ts';
import { REFUSE_AFTER, Throttle } from '../../lib/auth/throttle.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { dbFailureStore } from '../../lib/db/accounts/sign-in-failures.ts';
import { parseEnv } from '../../lib/env.ts';

// The throttle over the shared database, as the app's web server feeds it: the socket's
// address stamped on each request (scripts/web-server.mjs), X-Forwarded-For believed only
// from TRUSTED_PROXIES. (tests/integration/sign-in-network.test.ts does the same over HTTP.)

// next-auth's handler needs Next's request scope: stood in for by one that answers like a
// failed sign-in, or a successful one (session cookie set) for the right password.
const handler = async (request: Request) => {
  const form = await request.formData();
  if (form.get('password') === 'right-password')
    return Response.json(
      { url: 'http://x/editor' },
      {
        headers: { 'set-cookie': 'next-auth.session-token=x; Path=/; HttpOnly' },
      },
    );
  return Response.json({ url: 'http://x/sign-in?error=CredentialsSignin' });
};
const ctx = { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) };
const run = `${Date.now()}`;
const victim = `throttle-victim-${run}@example.org`;

const network = (trusted = ''): Network => ({
  peerStamped: true,
  trustedProxies: proxyList(parseEnv({ TRUSTED_PROXIES: trusted }).TRUSTED_PROXIES),
});
const attempt = (
  peer: string,
  email: string,
  { xff, password = 'wrong-password' }: { xff?: string; password?: string } = {},
) =>
  new Request('http://x/api/auth/callback/credentials', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      [PEER_ADDRESS_HEADER]: peer,
      ...(xff ? { 'x-forwarded-for': xff } : {}),
    },
    body: new URLSearchParams({ email, password }),
  });
const server = (net: Network) =>
  guardSignIn(handler, {
    throttle: new Throttle(dbFailureStore),
    sleep: async () => {},
    network: net,
  });

afterAll(async () => {
  await getDb().signInFailure.deleteMany({});
  await getDb().$disconnect();
});

describe('sign-in throttle', () => {
  test('across processes: failures counted by one server make the other refuse, with Retry-After', async () => {
    const serverA = server(network());
    const serverB = server(network());
    for (let i = 0; i < REFUSE_AFTER; i++) {
      const s = i % 2 ? serverB : serverA;
      expect((await s(attempt(`198.51.100.${i}`, victim), ctx)).status).toBe(200);
    }
    const refused = await serverB(attempt('198.51.100.200', victim), ctx);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await getDb().signInFailure.count({ where: { key: `account:${victim}` } })).toBe(
      REFUSE_AFTER,
    );
  });

  test('a direct client cannot get a fresh budget with its own X-Forwarded-For', async () => {
    const s = server(network('10.0.0.0/8'));
    for (let i = 0; i < REFUSE_AFTER; i++)
      await s(
        attempt('203.0.113.50', `made-up-${run}-${i}@example.org`, { xff: `192.0.2.${i}` }),
        ctx,
      );
    const res = await s(
      attempt('203.0.113.50', `made-up-${run}-x@example.org`, { xff: '192.0.2.200' }),
      ctx,
    );
    expect(res.status).toBe(429);
    // Nor is anybody else charged for it.
    expect(
      await getDb().signInFailure.count({ where: { key: { startsWith: 'ip:192.0.2.' } } }),
    ).toBe(0);
  });

  test('behind a trusted proxy, each client behind it has its own budget', async () => {
    const s = server(network('10.0.0.0/8'));
    const viaProxy = (client: string, email: string) =>
      attempt('10.0.0.7', email, { xff: `198.18.0.1, ${client}` });
    for (let i = 0; i < REFUSE_AFTER; i++)
      await s(viaProxy('203.0.113.60', `made-up-${run}-p${i}@example.org`), ctx);
    expect((await s(viaProxy('203.0.113.60', `made-up-${run}-py@example.org`), ctx)).status).toBe(
      429,
    );
    // Another client behind the same proxy; the spoofed left-most entry played no part.
    expect((await s(viaProxy('203.0.113.61', `made-up-${run}-pz@example.org`), ctx)).status).toBe(
      200,
    );
    expect(await getDb().signInFailure.count({ where: { key: 'ip:198.18.0.1' } })).toBe(0);
    expect(await getDb().signInFailure.count({ where: { key: 'ip:10.0.0.7' } })).toBe(0);
  });

  test('failures on invented e-mails lock out their address only, not a real account elsewhere', async () => {
    const s = server(network());
    const admin = `throttle-admin-${run}@example.org`;
    const burst = Array.from({ length: 3 * REFUSE_AFTER }, (_, i) =>
      s(attempt('203.0.113.70', `invented-${run}-${i}@example.org`), ctx),
    );
    const statuses = (await Promise.all(burst)).map((r) => r.status);
    // Parallel guesses too are counted before any is judged: at most REFUSE_AFTER got through.
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(REFUSE_AFTER);
    expect(statuses).toContain(429);
    const signIn = await s(attempt('198.51.100.70', admin, { password: 'right-password' }), ctx);
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get('set-cookie')).toContain('session-token=');
  });
});
