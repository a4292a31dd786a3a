import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

test.describe('a reader', () => {
  test('opens the overview, searches for a troop deployment, and sees its quotes and source link', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Alliance Tracker' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Events by actor' })).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: /each actor/ })
        .getByRole('rowheader', { name: 'North Korea' }),
    ).toBeVisible();
    await expectAccessible(page);

    // (An event other tests leave alone: the editor tests merge copies into the Austin one.)
    await page.getByRole('searchbox', { name: /Search events/ }).fill('special forces');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('region', { name: 'Events' })
      .getByRole('link', { name: /First North Korean special forces shipped/ })
      .click();
    await expect(page).toHaveURL(/\/events\/dprk-troops-shipped-to-vladivostok$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /special forces shipped to Russia/,
    );
    await expect(page.getByText(/8 October 2024/).first()).toBeVisible();

    const quotes = page.getByRole('region', { name: 'Quotes' });
    await expect(quotes.locator('blockquote')).not.toHaveCount(0);
    await expect(quotes.locator('blockquote cite').first()).toHaveText(/\w/);

    const sources = page.getByRole('region', { name: 'Sources' });
    const link = sources.getByRole('link').first();
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expectAccessible(page);
  });

  test('gets a clear not-found page for an unknown event', async ({ page }) => {
    const response = await page.goto('/events/no-such-event');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await expectAccessible(page);
  });
});
