import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decode, encode } from 'next-auth/jwt';
import { authOptions } from '../../lib/auth/options.ts';
import { ambientHeaders, getCurrentUser } from '../../lib/auth/session.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { resetPassword, setUserDisabled, setUserRole } from '../../lib/db/accounts/user-admin.ts';
import { createApiToken, revokeApiToken, listApiTokens } from '../../lib/db/accounts/tokens.ts';
import { POST as createEvent } from '../../app/api/events/route.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

// Every mutating route handler and every server action, found on disk, must refuse
// anonymous callers (401) and, where admins only are allowed, editors (403). A new route
// or action without a permission check fails here.

const MUTATING = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** Public by design, with the reason. */
const PUBLIC_ROUTES: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts': 'next-auth sign-in itself (CSRF-protected and throttled)',
};
/** Routes and actions only admins may call; everything else needs at least an editor. */
const ADMIN_ONLY = new Set(['lib/actions/users.ts', 'lib/actions/settings.ts']);

function files(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && match(e.name))
    .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)));
}

const routeFiles = files('app/api', (n) => n === 'route.ts').filter((f) => !(f in PUBLIC_ROUTES));
const actionFiles = files('lib/actions', (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));
const context = { params: Promise.resolve({ slug: 'no-such-event', id: '1', nextauth: [] }) };

let editor: Awaited<ReturnType<typeof makeUser>>;
/** An admin's read-only token: refused on every write whatever the role allows. */
let readOnly: Record<string, string>;
beforeAll(async () => {
  editor = await makeUser('editor');
  const admin = await makeUser('admin');
  readOnly = {
    authorization: `Bearer ${(await createApiToken(admin.user.id, 'read-only', null, true)).token}`,
  };
});
afterAll(async () => {
  await cleanupTestUsers();
  await getDb().$disconnect();
});

type Fn = (...args: unknown[]) => Promise<Response>;

describe('mutating route handlers', () => {
  test('are found on disk', () => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(3);
  });

  test.each(routeFiles)(
    '%s refuses anonymous callers with 401 (and editors with 403 if admin-only)',
    async (file) => {
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, Fn>;
      const methods = MUTATING.filter((m) => typeof mod[m] === 'function');
      for (const method of methods) {
        const anon = await mod[method](
          new Request('http://x/api', { method, body: '{}' }),
          context,
        );
        expect(anon.status, `${method} ${file} anonymous`).toBe(401);
        const bogus = await mod[method](
          new Request('http://x/api', {
            method,
            body: '{}',
            headers: { authorization: 'Bearer at_not-a-token' },
          }),
          context,
        );
        expect(bogus.status, `${method} ${file} with an unknown token`).toBe(401);
        const reader = await mod[method](
          new Request('http://x/api', { method, body: '{}', headers: readOnly }),
          context,
        );
        expect(reader.status, `${method} ${file} with a read-only token`).toBe(403);
        if (ADMIN_ONLY.has(file)) {
          const res = await mod[method](
            new Request('http://x/api', { method, body: '{}', headers: editor.bearer }),
            context,
          );
          expect(res.status, `${method} ${file} as editor`).toBe(403);
        }
      }
    },
  );
});

describe('server actions', () => {
  // Next answers a thrown error carrying this digest with that status (lib/errors.ts).
  const refusal = (status: number) => ({ digest: `NEXT_HTTP_ERROR_FALLBACK;${status}` });

  test('are found on disk', () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(1);
  });

  test.each(actionFiles)(
    'every action in %s refuses anonymous callers (401) and the wrong role (403)',
    async (file) => {
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, Fn>;
      const actions = Object.entries(mod).filter(([, v]) => typeof v === 'function');
      expect(actions.length).toBeGreaterThan(0);
      for (const [name, fn] of actions) {
        const args = Array.from({ length: Math.max(fn.length, 2) }, () => new FormData());
        await expect(fn(...args), `${name} anonymous`).rejects.toMatchObject(refusal(401));
        // As Next delivers a server action: a POST with a Next-Action header.
        await expect(
          ambientHeaders.run(new Headers({ ...readOnly, 'next-action': 'x' }), () => fn(...args)),
          `${name} with a read-only token`,
        ).rejects.toMatchObject(refusal(403));
        if (ADMIN_ONLY.has(file)) {
          await expect(
            ambientHeaders.run(new Headers(editor.bearer), () => fn(...args)),
            `${name} as editor`,
          ).rejects.toMatchObject(refusal(403));
        }
      }
    },
  );
});

describe('access ends at once', () => {
  const body = () =>
    JSON.stringify({ slug: `test-authz-${Date.now()}`, title: 'x', date: '2024-01-01' });
  test('a revoked token gets 401 on its next request', async () => {
    const user = await makeUser('editor');
    const [token] = await listApiTokens(user.user.id);
    await revokeApiToken(user.user.id, token.id);
    const res = await createEvent(
      new Request('http://x/api/events', { method: 'POST', headers: user.bearer, body: body() }),
      {},
    );
    expect(res.status).toBe(401);
  });

  test('a disabled account gets 401 with its token and its session cookie', async () => {
    const user = await makeUser('editor');
    await getDb().user.update({ where: { id: user.user.id }, data: { disabledAt: new Date() } });
    for (const headers of [user.bearer, user.cookie]) {
      const res = await createEvent(
        new Request('http://x/api/events', { method: 'POST', headers, body: body() }),
        {},
      );
      expect(res.status).toBe(401);
    }
  });

  test('a read-only token reads what its owner reads, drafts included, and writes nothing', async () => {
    const { user } = await makeUser('editor');
    const { token } = await createApiToken(user.id, 'reader', null, true);
    const headers = { authorization: `Bearer ${token}` };
    expect(await getCurrentUser(new Request('http://x/api/events', { headers }))).toMatchObject({
      id: user.id,
    });
    const res = await createEvent(
      new Request('http://x/api/events', { method: 'POST', headers, body: body() }),
      {},
    );
    expect(res.status).toBe(403);
    expect((await res.json()).message).toMatch(/read-only/);
  });

  test('a token past its expiry date gets 401; one expiring later works', async () => {
    const { user } = await makeUser('editor');
    const past = await createApiToken(user.id, 'old', new Date(Date.now() - 60_000));
    const future = await createApiToken(user.id, 'new', new Date(Date.now() + 86_400_000));
    const post = (token: string) =>
      createEvent(
        new Request('http://x/api/events', {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: '{}',
        }),
        {},
      );
    expect((await post(past.token)).status).toBe(401);
    expect((await post(future.token)).status).toBe(422);
  });

  test('an expired token gets 401', async () => {
    const user = await makeUser('editor');
    await getDb().apiToken.updateMany({
      where: { userId: user.user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await createEvent(
      new Request('http://x/api/events', { method: 'POST', headers: user.bearer, body: body() }),
      {},
    );
    expect(res.status).toBe(401);
  });
});

describe('sessions end', () => {
  const secret = process.env.NEXTAUTH_SECRET!;
  /** A session cookie as next-auth's sign-in writes it for the user as they now stand. */
  async function signIn(userId: number) {
    const { sessionVersion } = await getDb().user.findUniqueOrThrow({ where: { id: userId } });
    const jwt = await encode({ token: { sub: String(userId), sv: sessionVersion }, secret });
    return { cookie: `next-auth.session-token=${jwt}` };
  }
  /** next-auth's sign-out: its signOut event gets the decoded token of the cookie. */
  async function signOut(cookie: Record<string, string>) {
    const token = await decode({ token: cookie.cookie.split('=')[1], secret });
    await authOptions.events!.signOut!({ token: token!, session: null as never });
  }
  const readTokens = (cookie: Record<string, string>) =>
    getCurrentUser(new Request('http://x/editor/tokens', { headers: cookie }));
  const write = (cookie: Record<string, string>) =>
    createEvent(
      new Request('http://x/api/events', {
        method: 'POST',
        headers: { ...cookie, origin: 'http://x' },
        body: '{}',
      }),
      {},
    );

  test('on sign-out: the old cookie, replayed, gets 401 and no user', async () => {
    const { user } = await makeUser('editor');
    const session = await signIn(user.id);
    expect((await write(session)).status).toBe(422);
    await signOut(session);
    expect((await write(session)).status).toBe(401);
    expect(await readTokens(session)).toBeNull();
  });

  test('on sign-out, for cookies from before session versions existed (no version in them)', async () => {
    const legacy = await makeUser('editor');
    expect(await readTokens(legacy.cookie)).toMatchObject({ id: legacy.user.id });
    await signOut(legacy.cookie);
    expect((await write(legacy.cookie)).status).toBe(401);
  });

  test('replaying an ended session at sign-out does not end the newer one', async () => {
    const { user } = await makeUser('editor');
    const old = await signIn(user.id);
    await signOut(old);
    const current = await signIn(user.id);
    await signOut(old);
    expect(await readTokens(current)).toMatchObject({ id: user.id });
  });

  test.each([
    ['a password reset', (id: number) => resetPassword(id, 'a-new-password-456')],
    ['a role change', (id: number) => setUserRole(id, 'admin')],
    [
      'disabling, even once enabled again',
      async (id: number) => {
        await setUserDisabled(id, true);
        await setUserDisabled(id, false);
      },
    ],
  ])('on %s: every session of the account gets 401; a new sign-in works', async (_, change) => {
    const { user, bearer } = await makeUser('editor');
    const laptop = await signIn(user.id);
    const phone = await signIn(user.id);
    await change(user.id);
    for (const session of [laptop, phone]) {
      expect((await write(session)).status).toBe(401);
      expect(await readTokens(session)).toBeNull();
    }
    expect(await readTokens(await signIn(user.id))).toMatchObject({ id: user.id });
    // API tokens are separate credentials, revoked on their own.
    expect(await getCurrentUser(new Request('http://x/', { headers: bearer }))).not.toBeNull();
  });

  test('a role change to the same role ends nothing', async () => {
    const { user } = await makeUser('editor');
    const session = await signIn(user.id);
    await setUserRole(user.id, 'editor');
    expect(await readTokens(session)).toMatchObject({ id: user.id, role: 'editor' });
  });
});
