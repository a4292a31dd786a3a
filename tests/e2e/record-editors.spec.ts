import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

test.describe('an editor of sources, tags and quotes', () => {
  test.describe.configure({ timeout: 150_000 });

  test('edits a source’s reliability, sees the change in its history and reverts it', async ({
    page,
  }) => {
    await signIn(page);
    await page
      .getByRole('navigation', { name: 'Editor' })
      .getByRole('link', { name: 'Sources' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await expectAccessible(page);

    await page.goto('/editor/sources/new');
    await page.getByLabel('Publisher').fill('Drill Wire');
    await page.getByRole('textbox', { name: 'Title' }).fill('Reliability drill');
    await page.getByLabel('URL').fill('javascript:alert(1)');
    await page.getByRole('combobox', { name: 'Reliability' }).selectOption('C');
    await page.getByRole('button', { name: 'Create source' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not saved' })).toBeVisible();
    await expect(page.getByLabel('URL')).toHaveAccessibleDescription(
      /URL must start with http:\/\/ or https:\/\//,
    );
    await expect(page.getByLabel('Publisher')).toHaveValue('Drill Wire');
    await expectAccessible(page);
    await page.getByLabel('URL').fill('https://example.org/reliability-drill');
    await page.getByRole('button', { name: 'Create source' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');

    await page.getByRole('status').getByRole('link', { name: 'Edit again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Edit source/ })).toBeVisible();
    const reliability = page.getByRole('combobox', { name: 'Reliability' });
    await expect(reliability).toHaveValue('C');
    await reliability.selectOption('A');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByRole('link', { name: 'History' }).click();
    const update = page.getByRole('listitem').filter({ hasText: 'Version 2' });
    await expect(update).toContainText('update');
    await expect(update).toContainText('Reliability: C → A');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Revert to version 1' }).click();
    await expect(page.getByRole('status')).toContainText('Reverted the source to version 1.');
    const revert = page.getByRole('listitem').filter({ hasText: 'Version 3' });
    await expect(revert).toContainText('revert');
    await expect(revert).toContainText('Reliability: A → C');
  });

  test('trashes a tag and restores it from the trash view', async ({ page }) => {
    await signIn(page);
    await page.goto('/editor/tags/new');
    await page.getByLabel('Slug').fill('drill-tag');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Drill tag');
    await page.getByRole('button', { name: 'Create tag' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');
    const tagSlugs = async () =>
      (
        (await (await page.request.get('/api/tags')).json()) as { items: { slug: string }[] }
      ).items.map((t) => t.slug);
    expect(await tagSlugs()).toContain('drill-tag');

    await page.getByRole('searchbox', { name: 'Search tags' }).fill('drill');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('button', { name: 'Move to the trash: Drill tag' }).click();
    await expect(page.getByRole('status')).toContainText('Moved the tag drill-tag to the trash.');
    await expect(page.getByRole('button', { name: 'Move to the trash: Drill tag' })).toHaveCount(0);
    expect(await tagSlugs()).not.toContain('drill-tag');

    await page.getByRole('link', { name: 'Trash', exact: true }).last().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trashed tags' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Restore Drill tag' }).click();
    await expect(page.getByRole('status')).toContainText('Restored the tag drill-tag.');
    expect(await tagSlugs()).toContain('drill-tag');
  });

  test('adds a quote in the event editor from the event’s second source and sees it with that source on the event page', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/editor/events/new');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Quote source drill');
    await page.getByLabel('Slug (web address)').fill('quote-source-drill');
    await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2024-11-06');
    await page.getByLabel('Publication').selectOption('published');
    await page.getByRole('combobox', { name: 'Add an actor' }).fill('KP');
    await page.getByRole('combobox', { name: 'Add an actor' }).press('Enter');
    await page.getByLabel('Source 1 publisher').fill('First Wire');
    await page.getByLabel('Source 1 title').fill('The first report');
    await page.getByLabel('Source 1 URL').fill('https://example.org/quote-drill-1');
    await page.getByRole('button', { name: 'Add another source' }).click();
    await page.getByLabel('Source 2 publisher').fill('Second Wire');
    await page.getByLabel('Source 2 title').fill('The second report');
    await page.getByLabel('Source 2 URL').fill('https://example.org/quote-drill-2');
    await page.getByLabel('Quote 1 speaker', { exact: true }).fill('Drill Minister');
    await page.getByLabel('Quote 1 text (verbatim)').fill('Our position has not changed.');
    await expect(page.getByLabel('Quote 1 comes from')).toHaveValue('1');
    await page.getByLabel('Quote 1 comes from').selectOption('2');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');

    await page.goto('/events/quote-source-drill');
    const quote = page.getByRole('region', { name: 'Quotes' }).locator('blockquote');
    await expect(quote).toContainText('Our position has not changed.');
    await expect(quote.getByRole('link', { name: 'Second Wire' })).toHaveAttribute(
      'href',
      'https://example.org/quote-drill-2',
    );
    await expect(quote).not.toContainText('First Wire');

    await page.goto('/editor/events/quote-source-drill');
    await expect(page.getByLabel('Quote 1 comes from')).toHaveValue('2');
  });

  test('every record editor page is accessible, and an actor in use is not trashed', async ({
    page,
  }) => {
    // Twenty axe runs on a shared 2-core machine.
    test.setTimeout(300_000);
    await signIn(page);
    for (const segment of ['sources', 'quotes', 'actors', 'tags', 'trade']) {
      await page.goto(`/editor/${segment}/new`);
      await expect(page.getByRole('heading', { level: 1, name: /^New / })).toBeVisible();
      await expectAccessible(page);
      await page.goto(`/editor/${segment}`);
      await expectAccessible(page);
      await page.getByRole('table').getByRole('rowheader').first().getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1, name: /^Edit / })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('link', { name: 'History', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: /^History of / })).toBeVisible();
      await expectAccessible(page);
    }
    await page.goto('/editor/actors?q=KP');
    await page.getByRole('button', { name: /^Move to the trash: KP:/ }).click();
    await expect(page.getByRole('status')).toContainText(/still used by \d+ events/);
    await expect(page.getByRole('button', { name: /^Move to the trash: KP:/ })).toBeVisible();
  });
});
