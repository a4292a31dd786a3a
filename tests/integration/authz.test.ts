import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ambientHeaders } from '../../lib/auth/session.ts';
import { getDb } from '../../lib/db/client.ts';
import { revokeApiToken, listApiTokens } from '../../lib/db/tokens.ts';
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
beforeAll(async () => {
  editor = await makeUser('editor');
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
        await expect(fn(...args), `${name} anonymous`).rejects.toMatchObject({ status: 401 });
        if (ADMIN_ONLY.has(file)) {
          await expect(
            ambientHeaders.run(new Headers(editor.bearer), () => fn(...args)),
            `${name} as editor`,
          ).rejects.toMatchObject({ status: 403 });
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
