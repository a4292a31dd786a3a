import { expect, test, type Browser, type Cookie, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../../playwright.config.ts';
import { signIn } from './sign-in.ts';

async function submitSignIn(page: Page) {
  await page.getByLabel('E-mail').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A session cookie copied before sign-out, replayed in another browser, meets the sign-in page. */
async function expectReplayRefused(
  browser: Browser,
  baseURL: string | undefined,
  session: Cookie[],
  path: string,
) {
  const copy = await browser.newContext({ baseURL });
  try {
    await copy.addCookies(session);
    const replay = await copy.newPage();
    await replay.goto(path);
    await expect(replay).toHaveURL(/\/sign-in\?callbackUrl=/);
    await expect(replay.getByRole('heading', { name: 'Editor sign-in' })).toBeVisible();
  } finally {
    await copy.close();
  }
}

test.describe('sign-in', () => {
  // bcrypt on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  for (const target of ['/%5Cevil.example', '/%09/evil.example', 'https://evil.example/']) {
    test(`with callbackUrl=${target} lands on this site, not another`, async ({
      page,
      baseURL,
    }) => {
      const offSite: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(baseURL!)) offSite.push(request.url());
      });
      await page.goto(`/sign-in?callbackUrl=${target}`);
      await submitSignIn(page);
      await expect(page).toHaveURL(`${baseURL}/`);
      await expect(page.getByRole('heading', { level: 1, name: 'Alliance Tracker' })).toBeVisible();
      expect(offSite).toEqual([]);
    });
  }

  test('a session cookie kept from before sign-out no longer opens the editor', async ({
    page,
    browser,
    baseURL,
  }) => {
    await signIn(page);
    const session = (await page.context().cookies()).filter((c) =>
      c.name.endsWith('next-auth.session-token'),
    );
    expect(session).toHaveLength(1);

    // What next-auth's sign-out page (the editor's "Sign out" link) posts. Its own form
    // cannot be used here: it posts to NEXTAUTH_URL (http://localhost:<port>), another
    // origin than the 127.0.0.1 these tests browse, which the CSP's form-action refuses.
    const status = await page.evaluate(async () => {
      const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
      const res = await fetch('/api/auth/signout', {
        method: 'POST',
        body: new URLSearchParams({ csrfToken, json: 'true' }),
      });
      return res.status;
    });
    expect(status).toBe(200);
    expect(
      (await page.context().cookies()).filter((c) => c.name.endsWith('session-token')),
    ).toEqual([]);

    // Someone who copied the cookie before tries it in another browser.
    await expectReplayRefused(browser, baseURL, session, '/editor/tokens');
  });

  test("the editor's Sign out button ends the session, whatever address the site is reached by", async ({
    page,
    browser,
    baseURL,
  }) => {
    await signIn(page);
    await page.goto('/editor');
    const session = (await page.context().cookies()).filter((c) =>
      c.name.endsWith('next-auth.session-token'),
    );
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(`${baseURL}/`);
    expect(
      (await page.context().cookies()).filter((c) => c.name.endsWith('session-token')),
    ).toEqual([]);

    await expectReplayRefused(browser, baseURL, session, '/editor');
  });
});
