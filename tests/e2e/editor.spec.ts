import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../../playwright.config.ts';
import { expectAccessible } from './axe.ts';

async function signIn(page: Page) {
  await page.goto('/sign-in?callbackUrl=/editor');
  await page.getByLabel('E-mail').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
}

async function createEvent(page: Page, title: string, options: { publish?: boolean } = {}) {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  await page.goto('/editor/events/new');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByLabel('Slug (web address)').fill(slug);
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2024-11-05');
  await page
    .getByLabel('Summary (markdown)', { exact: true })
    .fill('Satellite images show **new** barracks.');
  if (options.publish) await page.getByLabel('Publication').selectOption('published');
  await page.getByRole('combobox', { name: 'Add an actor' }).fill('KP');
  await page.getByRole('combobox', { name: 'Add an actor' }).press('Enter');
  await page.getByLabel('Source 1 publisher').fill('Example Wire');
  await page.getByLabel('Source 1 title').fill('Barracks seen near Kursk');
  await page.getByLabel('Source 1 URL').fill(`https://example.org/${slug}`);
  await page.getByLabel('Source 1 reliability').selectOption('B');
  await page.getByLabel('Source 1 credibility').selectOption('2');
  await page.getByLabel('Quote 1 speaker', { exact: true }).fill('Jane Analyst');
  await page.getByLabel('Quote 1 venue').fill('Press briefing');
  await page.getByLabel('Quote 1 text (verbatim)').fill('The barracks are new.');
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');
  return slug;
}

test.describe('an editor', () => {
  // Sign-in (bcrypt) plus several full form round trips on a shared 2-core machine.
  test.describe.configure({ timeout: 150_000 });

  test('a signed-out reader who opens /editor is sent to sign-in', async ({ page }) => {
    await page.goto('/editor');
    await expect(page).toHaveURL(
      /\/sign-in\?callbackUrl=%2Feditor|\/sign-in\?callbackUrl=\/editor/,
    );
    await expect(page.getByRole('heading', { name: 'Editor sign-in' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a wrong password is refused in words', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(E2E_ADMIN.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: /do not match an active account/ }),
    ).toBeVisible();
  });

  test('signs in, creates an event with a source and a quote, and sees it on the public page', async ({
    page,
  }) => {
    await signIn(page);
    await expectAccessible(page);
    await page.goto('/editor/events/new');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('');
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not saved' })).toBeVisible();
    // Once in the error summary (a link to the field) and once beside the field.
    await expect(page.getByRole('link', { name: 'Title is required' })).toBeVisible();
    await expect(
      page.getByRole('textbox', { name: 'Title', exact: true }),
    ).toHaveAccessibleDescription('Title is required');
    await expectAccessible(page);

    const slug = await createEvent(page, 'New barracks near Kursk', { publish: true });
    await page.goto(`/events/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New barracks near Kursk');
    await expect(page.getByRole('region', { name: 'Summary' }).locator('strong')).toHaveText('new');
    await expect(page.getByRole('region', { name: 'Quotes' })).toContainText(
      'The barracks are new.',
    );
    await expect(
      page
        .getByRole('region', { name: 'Sources' })
        .getByRole('link', { name: /Barracks seen near Kursk/ }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test('two editors save the same event: the second sees the conflict view', async ({
    page,
    browser,
  }) => {
    await signIn(page);
    const slug = await createEvent(page, 'Conflict drill event');
    const other = await secondEditor(browser);
    await page.goto(`/editor/events/${slug}`);
    await other.goto(`/editor/events/${slug}`);
    await page
      .getByRole('textbox', { name: 'Title', exact: true })
      .fill('Title from the first editor');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');

    await other
      .getByRole('textbox', { name: 'Title', exact: true })
      .fill('Title from the second editor');
    await other.getByRole('button', { name: 'Save changes' }).click();
    const conflict = other.getByRole('region', { name: /Conflict/ });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole('row', { name: /title/ })).toContainText(
      'Title from the first editor',
    );
    await expect(conflict.getByRole('row', { name: /title/ })).toContainText(
      'Title from the second editor',
    );
    await expect(other.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
      'Title from the second editor',
    );
    await expectAccessible(other);
    await other.getByRole('button', { name: 'Save changes' }).click();
    await expect(other.getByRole('status')).toContainText('Saved.');
    await other.context().close();
  });

  test('a trashed event disappears from public pages and comes back on restore', async ({
    page,
  }) => {
    await signIn(page);
    const slug = await createEvent(page, 'Trash drill event', { publish: true });
    expect((await page.goto(`/events/${slug}`))?.status()).toBe(200);
    await page.goto('/editor');
    await page.getByRole('button', { name: 'Move Trash drill event to the trash' }).click();
    await expect(page.getByRole('status')).toContainText('trash');
    expect((await page.goto(`/events/${slug}`))?.status()).toBe(404);
    await page.goto('/editor?view=trash');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Restore Trash drill event' }).click();
    await expect(page.getByRole('status')).toContainText('Restored');
    expect((await page.goto(`/events/${slug}`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trash drill event');
  });
});

test.describe('an editor importing', () => {
  test.describe.configure({ timeout: 150_000 });

  test('an import with one bad row applies nothing and names the row', async ({ page }) => {
    await signIn(page);
    await page
      .getByRole('navigation', { name: 'Editor' })
      .getByRole('link', { name: 'Import' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import events' })).toBeVisible();
    await expectAccessible(page);
    await page
      .getByLabel('CSV or JSON file')
      .setInputFiles('tests/fixtures/import-one-bad-row.csv');
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: /Nothing was changed: 1 row has errors/ }),
    ).toBeVisible();
    const badRow = page.getByRole('row', { name: /line 3/ });
    await expect(badRow).toContainText('2024-02-30 is not a day of that month');
    await expect(page.getByRole('row', { name: /line 2/ })).toContainText('new event');
    await expect(page.getByRole('button', { name: 'Apply import' })).toHaveCount(0);
    await expectAccessible(page);
    expect((await page.goto('/events/test-import-good-one'))?.status()).toBe(404);
  });
});

test.describe('an admin', () => {
  test.describe.configure({ timeout: 150_000 });

  test('creates an API token, sees it once, and revokes it; manages accounts', async ({
    page,
    request,
  }) => {
    await signIn(page);
    await page.goto('/editor/tokens');
    await page.getByLabel('Token name').fill('e2e script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByLabel('Token', { exact: true }).inputValue();
    expect(token).toMatch(/^at_/);
    await expectAccessible(page);
    const ok = await request.post('/api/events', {
      headers: { authorization: `Bearer ${token}` },
      data: { slug: 'e2e-token-event', title: 'Made with a token', date: '2024-01-01' },
    });
    expect(ok.status()).toBe(201);
    await page.reload();
    await expect(page.getByLabel('Token', { exact: true })).toHaveCount(0);
    // Revoking asks first (a confirm step that works without JavaScript); Cancel keeps it.
    await page.getByRole('link', { name: 'Revoke token e2e script…' }).click();
    await expect(
      page.getByRole('heading', { name: 'Revoke the token “e2e script”?' }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Cancel' }).click();
    await expect(page.getByRole('row', { name: /e2e script/ })).not.toContainText('revoked');
    await page.getByRole('link', { name: 'Revoke token e2e script…' }).click();
    await page.getByRole('button', { name: 'Revoke “e2e script”' }).click();
    await expect(page.getByRole('row', { name: /e2e script/ })).toContainText('revoked');
    const refused = await request.post('/api/events', {
      headers: { authorization: `Bearer ${token}` },
      data: { slug: 'e2e-token-event-2', title: 'x', date: '2024-01-01' },
    });
    expect(refused.status()).toBe(401);

    await page.goto('/admin/users');
    await expectAccessible(page);
    await page.getByRole('button', { name: `Disable ${E2E_ADMIN.email}` }).click();
    await expect(page.getByRole('status')).toHaveText(
      'The last admin cannot be demoted or disabled.',
    );
  });

  test('pages send a Content-Security-Policy and security headers', async ({ request }) => {
    const res = await request.get('/sign-in');
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
  });
});

async function secondEditor(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  return page;
}
