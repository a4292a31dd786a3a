import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

test.describe('the alliance view', () => {
  test('shows the Russia–North Korea treaty appear as the slider moves from 2023 to 2025, in the network and the matrix', async ({
    page,
  }) => {
    await page.goto('/alliances?at=2023-12-31');
    const network = page.getByTestId('alliance-network');
    await expect(network).toBeVisible();
    await expect(page.locator('[data-edge="KP-RU"]')).not.toHaveAttribute('aria-label', /Treaty/);
    await expectAccessible(page);

    const slider = page.getByRole('slider', { name: 'Network at the end of' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/at=2025-12-31/);
    const edge = page.locator('[data-edge="KP-RU"]');
    await expect(edge).toHaveAttribute('aria-label', /Comprehensive Strategic Partnership Treaty/);

    await page.getByRole('link', { name: 'Matrix' }).click();
    await expect(page).toHaveURL(/view=matrix/);
    const matrix = page.getByTestId('alliance-matrix');
    await expect(matrix.getByRole('link', { name: /KP–RU: Treaty/ })).toBeVisible();
    await expectAccessible(page);

    await matrix.getByRole('link', { name: /KP–RU: Treaty/ }).click();
    const panel = page.getByTestId('edge-panel');
    await expect(panel.getByText('Comprehensive Strategic Partnership Treaty')).toBeVisible();
    const source = panel.getByRole('link', { name: /Russia and North Korea forge alliance/ });
    await expect(source).toHaveAttribute('href', /^https:\/\//);
    await expectAccessible(page);
  });

  test('restores the selected link from a shared URL, and explains a bad one', async ({ page }) => {
    await page.goto('/alliances?at=2024-12-31&edge=NATO-KR');
    await expect(page.getByTestId('edge-panel').getByRole('heading', { level: 2 })).toHaveText(
      /South Korea – North Atlantic Treaty Organization|North Atlantic Treaty Organization – South Korea/,
    );
    await page.goto('/alliances?at=2024-02-30');
    await expect(page.getByRole('alert').filter({ hasText: 'invalid' })).toContainText(
      'invalid at',
    );
  });

  test('colours the map by relation to the chosen state and lists the stances', async ({
    page,
  }) => {
    await page.goto('/alliances?at=2025-12-31&view=map');
    await expect(page.getByTestId('alliance-map')).toBeVisible();
    await expect(page.getByTestId('map-stances')).toContainText(
      /Russia.*Comprehensive Strategic Partnership Treaty/,
    );
    await expect(page.locator('[data-testid="alliance-map"] path[data-country="RU"]')).toHaveCount(
      1,
    );
    await expectAccessible(page);
    await page.getByLabel('Colour countries by their relation to').selectOption('KR');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/focus=KR/);
    await expect(
      page.getByRole('heading', { name: /How others stand to South Korea/ }),
    ).toBeVisible();
  });

  test('an actor page shows its relations over time and compares its activity with others', async ({
    page,
  }) => {
    await page.goto('/actors/KP');
    const lanes = page.getByTestId('relation-lanes');
    await expect(
      lanes.getByRole('link', {
        name: /Comprehensive Strategic Partnership Treaty: Treaty, from 19 June 2024, in force/,
      }),
    ).toBeVisible();
    await page.getByLabel('Compare KP with').selectOption('RU');
    await page.getByLabel('and', { exact: true }).selectOption('CN');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/compare=RU&compare=CN/);
    const table = page.getByTestId('actor-compare');
    await expect(table.getByRole('columnheader')).toHaveText(['Year', 'KP', 'RU', 'CN']);
    await expect(table.getByRole('row', { name: /^2024/ })).toContainText('military');
    await expectAccessible(page);
  });
});
