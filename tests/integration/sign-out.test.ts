import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST as signOut } from '../../app/sign-out/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

// The editor's Sign out button: a plain form posting to /sign-out, on this site only.

let editor: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  editor = await makeUser('editor');
});
afterAll(async () => {
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const post = (headers: Record<string, string>) =>
  signOut(new Request('http://x/sign-out', { method: 'POST', headers }), {});
const sessionVersion = async () =>
  (await getDb().user.findUniqueOrThrow({ where: { id: editor.user.id } })).sessionVersion;

describe('POST /sign-out', () => {
  test('from another site is refused and ends nothing', async () => {
    const before = await sessionVersion();
    const res = await post({ ...editor.cookie, origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await sessionVersion()).toBe(before);
  });

  test('from this site ends every session, clears the cookie and goes home', async () => {
    const before = await sessionVersion();
    const res = await post({ ...editor.cookie, origin: 'http://x' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.get('set-cookie')).toMatch(/next-auth\.session-token=; Path=\/; Max-Age=0/);
    expect(await sessionVersion()).toBe(before + 1);

    // The old cookie no longer names a session: posting it again is a plain trip home.
    const again = await post({ ...editor.cookie, origin: 'http://x' });
    expect(again.status).toBe(303);
    expect(await sessionVersion()).toBe(before + 1);
  });

  test('signed out, it is a trip home', async () => {
    const res = await post({ origin: 'http://x' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });
});
