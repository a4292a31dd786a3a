import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

// Issue #17, second half: duplicate hints, merge (with its redirect and undo), the event
// page's editor links, and API tokens with a scope, a copy button and a confirmed revoke.

const SEEDED = 'us-austin-confirms-dprk-troops-rome';
const SEEDED_TITLE =
  'US Defense Secretary Austin confirms evidence of DPRK troops in Russia (Rome)';
const COPY = 'e2e-austin-copy';

test.describe('duplicates and merge', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a near-copy of a seeded event is flagged, merged into it, redirected, and unmerged', async ({
    page,
    browser,
    request,
  }) => {
    await signIn(page);
    await page.goto('/editor/events/new');
    await page
      .getByRole('textbox', { name: 'Title', exact: true })
      .fill('Austin confirms evidence of DPRK troops in Russia');
    await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2024-10-24');
    const hints = page.getByRole('note', { name: 'Possible duplicates' });
    await expect(hints.getByRole('link', { name: SEEDED_TITLE })).toHaveAttribute(
      'href',
      `/editor/events/${SEEDED}`,
    );
    await expectAccessible(page);
    await page.getByLabel('Slug (web address)').fill(COPY);
    // Published: readers follow a merged slug only when they could have read the event.
    await page.getByLabel('Publication').selectOption('published');
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(page.getByRole('status').first()).toContainText('Saved.');

    // The merge screen: pick the survivor among the likely duplicates, see, confirm.
    await page.goto(`/editor/events/${COPY}`);
    await page.getByRole('link', { name: 'Merge into another event…' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Merge');
    await expectAccessible(page);
    await page.getByRole('link', { name: `Merge into “${SEEDED_TITLE}”` }).click();
    await expect(page.getByRole('heading', { name: /What .* gains/ })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: `Merge “${COPY}” into “${SEEDED}”` }).click();
    await expect(page).toHaveURL(new RegExp(`/editor/events/${SEEDED}/history`));
    await expect(page.getByRole('status')).toContainText(`Merged “${COPY}”`);
    await expect(page.getByText(/· merge ·/).first()).toBeVisible();

    // The old address lives on: a permanent redirect on the page, a 301 in the API.
    const pageAnswer = await request.get(`/events/${COPY}`, { maxRedirects: 0 });
    expect(pageAnswer.status()).toBe(301);
    expect(pageAnswer.headers().location).toContain(`/events/${SEEDED}`);
    const apiAnswer = await request.get(`/api/events/${COPY}`, { maxRedirects: 0 });
    expect(apiAnswer.status()).toBe(301);
    expect(apiAnswer.headers().location).toBe(`/api/events/${SEEDED}`);
    await page.goto(`/events/${COPY}`);
    await expect(page).toHaveURL(new RegExp(`/events/${SEEDED}$`));

    // Signed in, the public page offers Edit and History; an anonymous reader sees neither.
    await expect(
      page.getByRole('navigation', { name: 'Editor' }).getByRole('link', { name: 'Edit' }),
    ).toHaveAttribute('href', `/editor/events/${SEEDED}`);
    const anonymous = await browser.newContext();
    const reader = await anonymous.newPage();
    await reader.goto(`/events/${SEEDED}`);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(SEEDED_TITLE);
    await expect(reader.getByRole('link', { name: 'History' })).toHaveCount(0);
    await anonymous.close();

    // Undo from the survivor's history: the copy is back at its own address.
    await page.goto(`/editor/events/${SEEDED}/history`);
    await page.getByRole('button', { name: `Undo the merge of ${COPY}` }).click();
    await expect(page.getByRole('status')).toContainText('Undid the merge');
    await expect(page.getByText(/· revert ·/).first()).toBeVisible();
    expect((await request.get(`/api/events/${COPY}`, { maxRedirects: 0 })).status()).not.toBe(301);
    await page.goto(`/editor/events/${COPY}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Austin confirms evidence of DPRK troops in Russia',
    );
    // The copy leaves the public timeline other tests read.
    const trashed = await page.request.delete(`/api/events/${COPY}`, {
      headers: { origin: new URL(page.url()).origin },
    });
    expect(trashed.status()).toBe(200);
  });
});

test.describe('API tokens', () => {
  test('a read-only token: copied with a button, refused on writes, revoked after a confirm step', async ({
    page,
    context,
    request,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page);
    await page.goto('/editor/tokens');
    await page.getByLabel('Token name').fill('e2e reader');
    await page.getByLabel('Scope').selectOption('read');
    await page.getByLabel('Expires after (date, optional)').fill('2099-12-31');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByLabel('Token', { exact: true }).inputValue();
    expect(token).toMatch(/^at_/);
    await page.getByRole('button', { name: 'Copy the new token' }).click();
    await expect(page.getByText('Copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await expectAccessible(page);

    const headers = { authorization: `Bearer ${token}` };
    expect((await request.get('/api/events', { headers })).status()).toBe(200);
    const refused = await request.post('/api/events', {
      headers,
      data: { slug: 'e2e-read-only', title: 'x', date: '2024-01-01' },
    });
    expect(refused.status()).toBe(403);

    await page.reload();
    const row = page.getByRole('row', { name: /e2e reader/ });
    await expect(row).toContainText('read only');
    await expect(row).toContainText('2099-12-31');
    await page.getByRole('link', { name: 'Revoke token e2e reader…' }).click();
    await expect(
      page.getByRole('heading', { name: 'Revoke the token “e2e reader”?' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Revoke “e2e reader”' }).click();
    await expect(page.getByRole('row', { name: /e2e reader/ })).toContainText('revoked');
    // Revoked: a write is now unauthenticated (401), no longer merely refused (403).
    const after = await request.post('/api/events', {
      headers,
      data: { slug: 'e2e-read-only', title: 'x', date: '2024-01-01' },
    });
    expect(after.status()).toBe(401);
  });
});

test.describe('the editor’s event list', () => {
  test('searches and filters with a GET form, reads at 390 px, and undoes a trash', async ({
    page,
  }) => {
    await signIn(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByLabel('Search').fill('Austin');
    await page.getByLabel('Publication').selectOption('published');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(page).toHaveURL(/q=Austin/);
    const rows = page.getByRole('row', { name: /Austin/ });
    await expect(rows.first()).toBeVisible();
    // At phone width every cell of a row is on screen, labelled (no sideways scrolling).
    const status = rows.first().getByRole('cell').first();
    await expect(status).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await expectAccessible(page);

    await rows
      .first()
      .getByRole('button', { name: /to the trash/ })
      .click();
    await expect(page.getByRole('status')).toContainText('to the trash');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('status')).toContainText('Restored');
  });
});
