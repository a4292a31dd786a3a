import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST as createEvent } from '../../app/api/events/route.ts';
import { createTokenAction } from '../../lib/actions/tokens.ts';
import { createUserAction } from '../../lib/actions/users.ts';
import { ambientHeaders } from '../../lib/auth/session.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

// A write carrying the session cookie must come from a page of this site: Origin (or,
// without it, Referer) equal to the origin the request was addressed to, in scheme, host
// and port. Forwarded host and scheme headers count only from a trusted proxy (none here).

let editor: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  editor = await makeUser('editor');
  admin = await makeUser('admin');
});
afterAll(async () => {
  await getDb().user.deleteMany({ where: { email: { startsWith: 'cross-site-' } } });
  await cleanupTestUsers();
  await getDb().$disconnect();
});

/** POST /api/events with an empty body: 422 means the caller got past every check. */
const post = (headers: Record<string, string>) =>
  createEvent(
    new Request('http://x/api/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{}',
    }),
    {},
  );

// Refused as cross-site, answered 403 by Next (lib/errors.ts, lib/http/errors.ts).
const crossSite = { code: 'cross_site', digest: 'NEXT_HTTP_ERROR_FALLBACK;403' };
describe('cookie writes to the API', () => {
  test('from this site (Origin, or Referer without Origin) get through', async () => {
    expect((await post({ ...editor.cookie, origin: 'http://x' })).status).toBe(422);
    expect((await post({ ...editor.cookie, referer: 'http://x/editor/events/new' })).status).toBe(
      422,
    );
    // The Host header names the site as the browser addressed it.
    expect(
      (await post({ ...editor.cookie, host: 'site.example', origin: 'http://site.example' }))
        .status,
    ).toBe(422);
  });

  test('without Origin or Referer are refused with 403', async () => {
    const res = await post(editor.cookie);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: 'cross_site' });
  });

  test.each([
    ['another site', { origin: 'http://evil.example' }],
    ['another scheme', { origin: 'https://x' }],
    ['another port', { origin: 'http://x:8080' }],
    ['an opaque origin', { origin: 'null' }],
    ['an Origin that is no URL', { origin: 'x' }],
    ['a Referer from another site', { referer: 'http://evil.example/x' }],
    [
      'a forged X-Forwarded-Host',
      { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' },
    ],
    [
      'a forged X-Forwarded-Proto',
      { origin: 'https://x', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'x' },
    ],
  ])('from %s are refused with 403', async (_, headers) => {
    expect((await post({ ...editor.cookie, ...headers })).status).toBe(403);
  });

  test('with a bearer token need no Origin', async () => {
    expect((await post(editor.bearer)).status).toBe(422);
    expect((await post({ ...editor.bearer, origin: 'http://evil.example' })).status).toBe(422);
  });

  test('without a session cookie get 401, not 403, whatever the Origin', async () => {
    expect((await post({})).status).toBe(401);
    expect((await post({ origin: 'http://evil.example' })).status).toBe(401);
  });
});

describe('server actions called with the session cookie', () => {
  // What Next hands a server action: the request headers, with Next-Action on a fetch call.
  const action = (headers: Record<string, string>) =>
    new Headers({ host: 'localhost:3000', 'next-action': 'abc123', ...headers });
  const emptyForm = () => new FormData();

  test('without Origin are refused with 403 and change nothing', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      email: 'cross-site-admin@example.org',
      name: 'Planted',
      role: 'admin',
      password: 'planted-password-123',
    }))
      form.set(k, v);
    await expect(
      ambientHeaders.run(action(admin.cookie), () => createUserAction(form)),
    ).rejects.toMatchObject(crossSite);
    // A plain form post (no Next-Action header, a form body) is checked the same way.
    await expect(
      ambientHeaders.run(
        new Headers({
          host: 'localhost:3000',
          'content-type': 'multipart/form-data; boundary=x',
          ...admin.cookie,
        }),
        () => createUserAction(form),
      ),
    ).rejects.toMatchObject(crossSite);
    expect(await getDb().user.count({ where: { email: 'cross-site-admin@example.org' } })).toBe(0);
  });

  test('from another site, or another scheme, are refused with 403', async () => {
    for (const origin of ['http://evil.example', 'https://localhost:3000']) {
      await expect(
        ambientHeaders.run(action({ ...editor.cookie, origin }), () =>
          createTokenAction({}, emptyForm()),
        ),
      ).rejects.toMatchObject(crossSite);
    }
  });

  test('from this site get through', async () => {
    const state = await ambientHeaders.run(
      action({ ...editor.cookie, origin: 'http://localhost:3000' }),
      () => createTokenAction({}, emptyForm()),
    );
    expect(state.fieldErrors).toHaveProperty('name');
  });

  test('with a bearer token need no Origin', async () => {
    const state = await ambientHeaders.run(action(editor.bearer), () =>
      createTokenAction({}, emptyForm()),
    );
    expect(state.fieldErrors).toHaveProperty('name');
  });
});
