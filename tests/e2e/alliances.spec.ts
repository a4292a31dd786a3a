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

    // The slider moves by month: the treaty (19 June 2024) is in force from the end of June.
    const slider = page.getByRole('slider', { name: 'Network at the end of' });
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/at=2024-05-31/);
    await expect(page.locator('[data-edge="KP-RU"]')).not.toHaveAttribute('aria-label', /Treaty/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/at=2024-06-30/);
    await expect(page.locator('output[for="alliance-month"]')).toHaveText('June 2024');
    const edge = page.locator('[data-edge="KP-RU"]');
    await expect(edge).toHaveAttribute('aria-label', /Comprehensive Strategic Partnership Treaty/);

    await page.getByRole('link', { name: 'Matrix' }).click();
    await expect(page).toHaveURL(/view=matrix/);
    const matrix = page.getByTestId('alliance-matrix');
    await expect(matrix.getByRole('link', { name: /\(KP–RU\): Treaty/ })).toBeVisible();
    await expectAccessible(page);

    await matrix.getByRole('link', { name: /\(KP–RU\): Treaty/ }).click();
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
    await expect(table.getByRole('row', { name: /^2024/ })).toContainText('Military');
    await expectAccessible(page);
  });

  test('draws a readable network: names, a long North Korea–Russia link, hover highlights, the panel from its top', async ({
    page,
  }) => {
    await page.goto('/alliances?at=2024-12-31');
    const network = page.getByTestId('alliance-network');
    await expect(network.locator('[data-node="KP"] text')).toHaveText('North Korea');
    await expect(network.locator('[data-node="RU"] text')).toHaveText('Russia');
    await expect(network.locator('[data-node="KP"]')).toHaveAttribute(
      'aria-label',
      /North Korea \(Democratic People's Republic of Korea, DPRK\)/,
    );

    // At the default size the link is long enough to see and to point at.
    const centre = async (code: string) => {
      const box = (await network.locator(`[data-node="${code}"] circle`).nth(1).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const [kp, ru] = [await centre('KP'), await centre('RU')];
    expect(Math.hypot(kp.x - ru.x, kp.y - ru.y)).toBeGreaterThanOrEqual(80);

    // Hovering the link highlights it and its two actors, not the others.
    await page.mouse.move((kp.x + ru.x) / 2, (kp.y + ru.y) / 2);
    await expect(network.locator('[data-edge="KP-RU"]')).toHaveAttribute(
      'data-highlighted',
      'true',
    );
    await expect(network.locator('[data-node="KP"]')).toHaveAttribute('data-highlighted', 'true');
    await expect(network.locator('[data-node="RU"]')).toHaveAttribute('data-highlighted', 'true');
    await expect(network.locator('[data-node="US"]')).not.toHaveAttribute('data-highlighted');

    // Selecting a link from far down the list shows the panel's heading, not the middle of it.
    const links = page.getByRole('region', { name: 'Links' }).getByRole('link');
    await links.last().scrollIntoViewIfNeeded();
    await links.last().click();
    const heading = page.getByTestId('edge-panel').getByRole('heading', { level: 2 });
    await expect(heading).toBeInViewport();
  });

  test('the matrix names every actor, scrolls to its last column and explains its codes', async ({
    page,
  }) => {
    await page.goto('/alliances?at=2024-12-31&view=matrix');
    const matrix = page.getByTestId('alliance-matrix');
    const headers = matrix.locator('thead th');
    await expect(headers.first()).toBeVisible();
    const count = await headers.count();
    expect(count).toBeGreaterThan(5);
    await expect(matrix.locator('thead th', { hasText: 'North Korea' })).toHaveCount(1);
    const last = headers.nth(count - 1);
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await expect(page.getByTestId('matrix-legend')).toContainText('Strategic partnership');
    await expect(page.getByTestId('matrix-legend')).toContainText('Mb');
    await expectAccessible(page);
  });
});

test.describe('the alliance view on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('passes axe, with legible labels and no tap target under 24 px', async ({ page }) => {
    await page.goto('/alliances?at=2024-12-31');
    await expect(page.getByTestId('alliance-network')).toBeVisible();
    await expectAccessible(page);
    const label = page.locator('[data-node="KP"] text');
    const size = await label.evaluate((el) => el.getBoundingClientRect().height);
    expect(size).toBeGreaterThanOrEqual(11);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('main a, main button, main input, main select, main summary')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          // Links inside running text are exempt (WCAG 2.5.8); every other target is 24 px.
          const inText = el.tagName === 'A' && el.closest('p') !== null;
          return r.width > 0 && !inText && (r.width < 24 || r.height < 24);
        })
        .map((el) => `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent}`),
    );
    expect(small).toEqual([]);
  });
});
