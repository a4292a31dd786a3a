import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../../playwright.config.ts';

// Requests that only show through the real server (issue 13): paths that do not decode,
// a NUL in a path segment, TRACE, and refused server actions as the browser sees them.
// Each must be a 4xx with the site's security headers, never a 500.

const expectSecurityHeaders = (headers: Record<string, string>) => {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toContain('frame-ancestors');
};

test.describe('malformed paths', () => {
  for (const path of [
    '/api/%FF',
    '/api/sources/%C0%AF',
    '/api/events/a%00b',
    '/timeline%FF',
    '/events/%00',
  ]) {
    test(`GET ${path} is a 400 naming the problem, with the security headers`, async ({
      request,
    }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(400);
      expectSecurityHeaders(res.headers());
      expect(await res.json()).toMatchObject({
        error: 'bad_path',
        message: expect.stringMatching(/percent-encoding or a NUL/),
      });
    });
  }

  test('a NUL in a query parameter is a 400 naming it, for the CSV export too', async ({
    request,
  }) => {
    for (const path of [
      '/api/events?q=a%00b',
      '/api/events/export.csv?q=a%00b',
      '/feed.xml?q=%00',
    ]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(400);
      expectSecurityHeaders(res.headers());
      expect((await res.json()).fields.q).toMatch(/NUL character/);
    }
  });

  test('the timeline page with a NUL in q shows the problem instead of an error page', async ({
    page,
  }) => {
    const res = await page.goto('/timeline?q=a%00b');
    expect(res!.status()).toBeLessThan(500);
    await expect(page.getByRole('alert').filter({ hasText: 'cannot read' })).toContainText(
      'q: The parameter must not contain a NUL character',
    );
  });

  test('numeric ids past 2^31 are a 404', async ({ request }) => {
    const res = await request.get('/api/sources/2147483648');
    expect(res.status()).toBe(404);
    expectSecurityHeaders(res.headers());
  });
});

test.describe('HTTP methods the site never answers', () => {
  for (const method of ['TRACE', 'PROPFIND']) {
    for (const path of ['/api/events', '/timeline'])
      test(`${method} ${path} is a 405 with Allow and the security headers`, async ({
        request,
      }) => {
        const res = await request.fetch(path, { method });
        expect(res.status()).toBe(405);
        expect(res.headers()['allow']).toContain('GET');
        expectSecurityHeaders(res.headers());
      });
  }
});

test.describe('methods a page does not answer', () => {
  for (const method of ['PUT', 'DELETE', 'PATCH'])
    test(`${method} /timeline is a 405 with Allow: GET, HEAD, POST`, async ({ request }) => {
      const res = await request.fetch('/timeline', { method });
      expect(res.status()).toBe(405);
      expect(res.headers()['allow']).toBe('GET, HEAD, POST');
      expect((await res.json()).error).toBe('method_not_allowed');
    });

  test('OPTIONS /timeline is a 204 with Allow', async ({ request }) => {
    const res = await request.fetch('/timeline', { method: 'OPTIONS' });
    expect(res.status()).toBe(204);
    expect(res.headers()['allow']).toBe('GET, HEAD, POST');
  });

  test('If-None-Match: * on an API URL that names nothing is a 404, not a 304', async ({
    request,
  }) => {
    const res = await request.get('/api/sources/2147483647', { headers: { 'if-none-match': '*' } });
    expect(res.status()).toBe(404);
  });
});

test.describe('next-auth routes given a callback URL it cannot read', () => {
  for (const value of ['foo', '%252F%252Fevil.example', 'javascript:alert(1)'])
    test(`GET /api/auth/signin?callbackUrl=${value} is a 400 naming callbackUrl`, async ({
      request,
    }) => {
      const res = await request.get(`/api/auth/signin?callbackUrl=${value}`, {
        maxRedirects: 0,
      });
      expect(res.status()).toBe(400);
      expect((await res.json()).fields).toHaveProperty('callbackUrl');
    });

  for (const value of ['javascript%3Aalert(1)', 'foo'])
    test(`a next-auth.callback-url cookie of ${value} does not break /api/auth`, async ({
      request,
    }) => {
      for (const path of ['/api/auth/csrf', '/api/auth/session', '/api/auth/providers']) {
        const res = await request.get(path, {
          headers: { cookie: `next-auth.callback-url=${value}` },
        });
        expect(res.status(), path).toBe(200);
      }
    });
});

test.describe('a server action from another site', () => {
  for (const origin of ['null', 'http://evil.example', 'http://localhost:3320.evil.example'])
    test(`with Origin ${origin} is a 403 cross_site, not a 500`, async ({ request }) => {
      const res = await request.post('/editor', {
        headers: { origin, 'next-action': '0123456789abcdef', 'content-type': 'text/plain' },
        data: '[]',
        maxRedirects: 0,
      });
      expect(res.status()).toBe(403);
      expect((await res.json()).error).toBe('cross_site');
    });

  test('with a foreign Referer and no Origin is a 403 cross_site', async ({ request }) => {
    const res = await request.post('/editor', {
      headers: {
        referer: 'http://evil.example/page',
        'next-action': '0123456789abcdef',
        'content-type': 'text/plain',
      },
      data: '[]',
      maxRedirects: 0,
    });
    expect(res.status()).toBe(403);
  });
});

test.describe('refused server actions', () => {
  // Two sign-ins (bcrypt) and several round trips on a shared 2-core machine.
  test.setTimeout(120_000);

  async function signInAs(page: Page, email: string, password: string) {
    await page.goto('/sign-in?callbackUrl=/editor');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  }

  const actionResponse = (page: Page) =>
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && !!r.request().headers()['next-action'],
    );

  test('an admin demoted while the users page is open is signed out (401, sign-in page), then refused admin pages (403), never an error', async ({
    browser,
  }) => {
    const other = {
      email: `e2e-demoted-${Date.now()}@example.org`,
      password: 'demoted-password-123',
    };
    const admin = await browser.newPage();
    await signInAs(admin, E2E_ADMIN.email, E2E_ADMIN.password);
    await admin.goto('/admin/users');
    const create = admin.getByRole('form', { name: 'Create an account' });
    await create.getByLabel('E-mail').fill(other.email);
    await create.getByLabel('Name').fill('Soon demoted');
    await create.getByLabel('Role').selectOption('admin');
    await create.getByLabel('Password (12+ characters)').fill(other.password);
    await create.getByRole('button', { name: 'Create account' }).click();
    await expect(admin.getByRole('status')).toContainText(`Created ${other.email}.`);

    const demoted = await (await browser.newContext()).newPage();
    await signInAs(demoted, other.email, other.password);
    await demoted.goto('/admin/users');
    await expect(demoted.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

    // Meanwhile the first admin makes the second an editor. Each row's select has its own
    // id, so its label names it (with repeated ids it named the create form's select).
    const rowOf = (page: Page) => page.getByRole('row', { name: new RegExp(other.email) });
    await admin.getByLabel(`Role of ${other.email}`).selectOption('editor');
    await rowOf(admin).getByRole('button', { name: 'Change role' }).click();
    await expect(admin.getByRole('status')).toContainText('Role changed to editor.');

    // The stale page still shows the form. A role change ends the account's sessions, so
    // the action refuses the ended session with a 401 and the page sends them to sign in.
    await rowOf(demoted).getByRole('combobox').selectOption('admin');
    const [res] = await Promise.all([
      actionResponse(demoted),
      rowOf(demoted).getByRole('button', { name: 'Change role' }).click(),
    ]);
    expect(res.status()).toBe(401);
    await expect(demoted.getByRole('heading', { level: 1, name: 'Editor sign-in' })).toBeVisible();
    await expect(demoted.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);

    // Signed in again, now as an editor: the users page is refused with a 403.
    await signInAs(demoted, other.email, other.password);
    const refused = await demoted.goto('/admin/users');
    expect(refused?.status()).toBe(403);
    await expect(demoted.getByRole('heading', { level: 1, name: 'Admins only' })).toBeVisible();
    await expect(demoted.getByText(E2E_ADMIN.email)).toHaveCount(0);
    await admin.reload();
    await expect(rowOf(admin).getByRole('combobox')).toHaveValue('editor');
  });

  test('revoking a token already revoked (a stale page) is a 404 and shows it revoked', async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const first = await context.newPage();
    await signInAs(first, E2E_ADMIN.email, E2E_ADMIN.password);
    await first.goto('/editor/tokens');
    const name = `e2e-stale-${Date.now()}`;
    await first.getByLabel('Token name').fill(name);
    await first.getByRole('button', { name: 'Create token' }).click();
    await expect(first.getByRole('status')).toContainText(`New token “${name}”`);
    const stale = await context.newPage();
    await stale.goto('/editor/tokens');
    await stale.getByRole('link', { name: `Revoke token ${name}…` }).click();

    await first.reload();
    await first.getByRole('link', { name: `Revoke token ${name}…` }).click();
    await first.getByRole('button', { name: `Revoke “${name}”` }).click();
    await expect(first.getByRole('row', { name: new RegExp(name) })).toContainText('revoked');

    const [res] = await Promise.all([
      actionResponse(stale),
      stale.getByRole('button', { name: `Revoke “${name}”` }).click(),
    ]);
    expect(res.status()).toBe(404);
    // The page comes back as it now stands (the revoke form gone, so no error page is shown
    // in its place): the token reads as revoked.
    await expect(stale.getByRole('row', { name: new RegExp(name) })).toContainText('revoked');
    await expect(stale.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  });
});
