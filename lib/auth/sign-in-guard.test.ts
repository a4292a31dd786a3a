import { describe, expect, test } from 'vitest';
import { PEER_ADDRESS_HEADER, proxyList } from './client-address.ts';
import { guardSignIn } from './sign-in-guard.ts';
import { REFUSE_AFTER, SLOW_AFTER, Throttle } from './throttle.ts';

// next-auth's handler needs Next's request scope, so it is stood in for by one that
// answers like a failed (no session cookie) or successful (cookie set) sign-in.
const failed = async () => Response.json({ url: 'http://x/sign-in?error=CredentialsSignin' });
const ctx = { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) };
// As scripts/web-server.mjs stamps it: the socket's address, no proxy trusted.
const network = { peerStamped: true, trustedProxies: proxyList([]) };
const attempt = (ip: string, email: string) =>
  new Request('http://x/api/auth/callback/credentials', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      [PEER_ADDRESS_HEADER]: ip,
      'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 250)}`,
    },
    body: new URLSearchParams({ email, password: 'wrong-password' }),
  });

describe('guardSignIn', () => {
  test('refuses an address after repeated failures with 429 and Retry-After, without echoing the password', async () => {
    const delays: number[] = [];
    const guarded = guardSignIn(failed, {
      throttle: new Throttle(),
      sleep: async (ms) => void delays.push(ms),
      network,
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
    const guarded = guardSignIn(failed, {
      throttle: new Throttle(),
      sleep: async () => {},
      network,
    });
    for (let i = 0; i < REFUSE_AFTER; i++)
      await guarded(attempt(`198.51.100.${i}`, 'victim@x'), ctx);
    expect((await guarded(attempt('198.51.100.200', 'victim@x'), ctx)).status).toBe(429);
  });

  test('a client sending its own X-Forwarded-For gets no fresh budget', async () => {
    const guarded = guardSignIn(failed, {
      throttle: new Throttle(),
      sleep: async () => {},
      network,
    });
    for (let i = 0; i < REFUSE_AFTER; i++) await guarded(attempt('203.0.113.9', `u${i}@x`), ctx);
    // attempt() sends a different random X-Forwarded-For each time: it is not believed.
    expect((await guarded(attempt('203.0.113.9', 'other@x'), ctx)).status).toBe(429);
    expect((await guarded(attempt('203.0.113.10', 'other@x'), ctx)).status).toBe(200);
  });

  test('counts attempts still being checked: slow password checks cannot all start at once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered = 0;
    const waiters: (() => void)[] = [];
    const slow = async () => {
      entered++;
      waiters.splice(0).forEach((wake) => wake());
      await gate;
      return failed();
    };
    const enteredCount = async (n: number) => {
      while (entered < n) await new Promise<void>((wake) => waiters.push(wake));
    };
    const guarded = guardSignIn(slow, { throttle: new Throttle(), sleep: async () => {}, network });
    const pending: Promise<Response>[] = [];
    for (let i = 0; i < REFUSE_AFTER; i++) {
      pending.push(guarded(attempt('203.0.113.9', `u${i}@x`), ctx));
      await enteredCount(i + 1);
    }
    const next = guarded(attempt('203.0.113.9', 'late@x'), ctx);
    const outcome = await Promise.race([
      next.then((r) => r.status),
      enteredCount(REFUSE_AFTER + 1).then(() => 'checked its password'),
    ]);
    release();
    await Promise.all([...pending, next]);
    expect(outcome).toBe(429);
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

describe('guardSignIn judges the e-mail next-auth checks', () => {
  const post = (body: BodyInit, type: string) =>
    new Request('http://x/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': type, [PEER_ADDRESS_HEADER]: '203.0.113.77' },
      body,
    });
  // Stands in for next-auth: records the e-mail and password it was given.
  const seen: { email: string | null; password: string | null }[] = [];
  const recording = async (request: Request) => {
    const form = new URLSearchParams(await request.text());
    seen.push({ email: form.get('email'), password: form.get('password') });
    return failed();
  };

  test('refuses a JSON body with 400 naming content-type, without checking the password', async () => {
    seen.length = 0;
    const guarded = guardSignIn(recording, { throttle: new Throttle(), network });
    const response = await guarded(
      post(JSON.stringify({ email: 'ed1@x', password: 'p' }), 'application/json'),
      ctx,
    );
    expect(response.status).toBe(400);
    expect((await response.json()).fields).toHaveProperty('content-type');
    expect(seen).toEqual([]);
  });

  test.each(['email', 'password'])(
    'refuses a repeated or missing %s with 400 naming it',
    async (field) => {
      seen.length = 0;
      const guarded = guardSignIn(recording, { throttle: new Throttle(), network });
      const repeated = new URLSearchParams({ email: 'decoy@nowhere', password: 'p' });
      repeated.append(field, field === 'email' ? 'ed1@x' : 'q');
      const missing = new URLSearchParams({ email: 'ed1@x', password: 'p' });
      missing.delete(field);
      for (const body of [repeated, missing]) {
        const response = await guarded(post(body, 'application/x-www-form-urlencoded'), ctx);
        expect(response.status).toBe(400);
        expect((await response.json()).fields).toHaveProperty(field);
      }
      expect(seen).toEqual([]);
    },
  );

  test('a locked account stays locked whatever decoy is sent beside it', async () => {
    seen.length = 0;
    const throttle = new Throttle();
    const guarded = guardSignIn(recording, { throttle, sleep: async () => {}, network });
    for (let i = 0; i < REFUSE_AFTER; i++) await guarded(attempt(`198.51.100.${i}`, 'ed1@x'), ctx);
    const decoy = new URLSearchParams([
      ['email', 'decoy@nowhere'],
      ['email', 'ed1@x'],
      ['password', 'p'],
    ]);
    expect((await guarded(post(decoy, 'application/x-www-form-urlencoded'), ctx)).status).toBe(400);
    // Only the attempts judged as ed1's reached the password check.
    expect(seen).toHaveLength(REFUSE_AFTER);
  });

  test('passes next-auth the form it judged, with a charset in the content type too', async () => {
    seen.length = 0;
    const guarded = guardSignIn(recording, { throttle: new Throttle(), network });
    const body = new URLSearchParams({ email: 'ed2@x', password: 'secret', csrfToken: 't' });
    const response = await guarded(
      post(body, 'application/x-www-form-urlencoded;charset=UTF-8'),
      ctx,
    );
    expect(response.status).toBe(200);
    expect(seen).toEqual([{ email: 'ed2@x', password: 'secret' }]);
  });
});
