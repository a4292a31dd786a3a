import { describe, expect, test } from 'vitest';
import { guardSignIn } from './sign-in-guard.ts';
import { REFUSE_AFTER, SLOW_AFTER, Throttle } from './throttle.ts';

// next-auth's handler needs Next's request scope, so it is stood in for by one that
// answers like a failed (no session cookie) or successful (cookie set) sign-in.
const failed = async () => Response.json({ url: 'http://x/sign-in?error=CredentialsSignin' });
const ctx = { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) };
const attempt = (ip: string, email: string) =>
  new Request('http://x/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams({ email, password: 'wrong-password' }),
  });

describe('guardSignIn', () => {
  test('refuses an address after repeated failures with 429 and Retry-After, without echoing the password', async () => {
    const delays: number[] = [];
    const guarded = guardSignIn(failed, {
      throttle: new Throttle(),
      sleep: async (ms) => void delays.push(ms),
    });
    for (let i = 0; i < REFUSE_AFTER; i++)
      expect((await guarded(attempt('203.0.113.9', `u${i}@x`), ctx)).status).toBe(200);
    const refused = await guarded(attempt('203.0.113.9', 'new@x'), ctx);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).not.toContain('wrong-password');
    expect(delays).toHaveLength(REFUSE_AFTER - SLOW_AFTER);
    expect(delays[1]).toBeGreaterThan(delays[0]);
  });

  test('refuses an account attacked from many addresses', async () => {
    const guarded = guardSignIn(failed, { throttle: new Throttle(), sleep: async () => {} });
    for (let i = 0; i < REFUSE_AFTER; i++)
      await guarded(attempt(`198.51.100.${i}`, 'victim@x'), ctx);
    expect((await guarded(attempt('198.51.100.200', 'victim@x'), ctx)).status).toBe(429);
  });

  test('leaves other next-auth routes alone', async () => {
    const guarded = guardSignIn(async () => new Response('ok'));
    expect(
      await (
        await guarded(new Request('http://x/api/auth/signout', { method: 'POST' }), ctx)
      ).text(),
    ).toBe('ok');
  });
});
