import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

test.describe('an editor of relations', () => {
  test.describe.configure({ timeout: 150_000 });

  test('creates a relation, sees it on the alliance network, gets a conflict view on a stale save, trashes and restores it', async ({
    page,
    browser,
  }) => {
    await signIn(page);
    await page.goto('/editor/relations/new');
    await page.getByRole('textbox', { name: 'Title' }).fill('Sino-North Korean Friendship Treaty');
    await page.getByLabel('First actor (code)').fill('CN');
    await page.getByLabel('Second actor (code)').fill('KP');
    await page.getByLabel('In force from').fill('1961-07-11');
    await page.getByLabel('Ended on').fill('1960-01-01');
    await page.getByRole('button', { name: 'Save relation' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not saved' })).toBeVisible();
    await expect(page.getByText('End date is before start date')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Ended on').fill('');
    await page.getByLabel('Source URLs (one per line)').fill('https://example.org/treaty-1961');
    await page.getByRole('button', { name: 'Save relation' }).click();
    await expect(page.getByRole('status')).toContainText('Saved cn-kp-treaty-1961-07-11');

    await page.goto('/alliances?at=1970-12-31');
    await expect(page.locator('[data-edge="CN-KP"]')).toHaveAttribute(
      'aria-label',
      /Sino-North Korean Friendship Treaty/,
    );

    // Two editors open the same relation; the second save meets the first.
    const other = await browser.newContext();
    const second = await other.newPage();
    await signIn(second);
    await page.goto('/editor/relations/cn-kp-treaty-1961-07-11');
    await second.goto('/editor/relations/cn-kp-treaty-1961-07-11');
    await page.getByLabel('Notes').fill('Renewed every twenty years.');
    await page.getByRole('button', { name: 'Save relation' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    await second.getByLabel('Notes').fill('Mutual defence clause.');
    await second.getByRole('button', { name: 'Save relation' }).click();
    await expect(second.getByTestId('relation-conflict')).toContainText('now version 2');
    await other.close();
    await page.goto('/editor/relations/cn-kp-treaty-1961-07-11');
    await expect(page.getByTestId('relation-history')).toContainText(
      /Version 2: update by .* \(changed notes\)/,
    );

    await page.goto('/editor/relations');
    const trashButton = page.getByRole('button', {
      name: 'Trash Sino-North Korean Friendship Treaty (CN–KP)',
    });
    await trashButton.click();
    await expect(trashButton).toHaveCount(0);
    await page.goto('/alliances?at=1970-12-31');
    await expect(page.locator('[data-edge="CN-KP"]')).toHaveCount(0);
    await page.goto('/editor/relations?view=trash');
    const restoreButton = page.getByRole('button', {
      name: 'Restore Sino-North Korean Friendship Treaty (CN–KP)',
    });
    await restoreButton.click();
    await expect(restoreButton).toHaveCount(0);
    await page.goto('/alliances?at=1970-12-31');
    await expect(page.locator('[data-edge="CN-KP"]')).toHaveCount(1);
  });
});
