import { expect, test } from '@playwright/test';
import { E2E_EMPTY_URL } from '../../playwright.config.ts';
import { expectAccessible } from './axe.ts';

// A site started on an empty log (SEED=none): every page a reader opens first says there is
// nothing yet, in its own words, instead of failing.

for (const width of [1366, 390])
  test(`the overview of an empty log shows its empty states at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const res = await page.goto(`${E2E_EMPTY_URL}/`);
    expect(res!.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Alliance Tracker' })).toBeVisible();
    await expect(page.getByText('No published events yet.')).toBeVisible();
    await expect(page.getByText(/Nothing was recorded in these \d+ days\./)).toBeVisible();
    await expect(page.getByText('Nothing to count yet.').first()).toBeVisible();
    await expect(page.getByText(/went wrong/i)).toHaveCount(0);
    await expectAccessible(page);
  });

test('the timeline and a search of an empty log say there is nothing', async ({ page }) => {
  const timeline = await page.goto(`${E2E_EMPTY_URL}/timeline`);
  expect(timeline!.status()).toBe(200);
  await expect(page.getByText('No events match these filters.').first()).toBeVisible();
  await expectAccessible(page);
  const search = await page.goto(`${E2E_EMPTY_URL}/search?q=troops`);
  expect(search!.status()).toBe(200);
  await expect(page.getByText(/went wrong/i)).toHaveCount(0);
  await expectAccessible(page);
});
