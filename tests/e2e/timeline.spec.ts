import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { expectAccessible } from './axe.ts';

const eventsList = (page: Page) =>
  page.getByRole('region', { name: /^Events/ }).locator('.event-list > li');
const axis = (page: Page) => page.getByTestId('timeline-axis');

test.describe('the timeline, for a reader', () => {
  // Each journey runs axe twice over a page of a few hundred SVG nodes; on the shared
  // 2-core test machine that alone takes ~10 s, so the default 30 s is too tight.
  test.describe.configure({ timeout: 60_000 });

  test('filters by an actor from the type-ahead: the chart, list and URL change without a submit', async ({
    page,
  }) => {
    await page.goto('/timeline');
    await expect(page.getByText(/^Axis: \w+$/)).toBeVisible();
    await expectAccessible(page);
    const before = await eventsList(page).count();
    expect(before).toBeGreaterThan(5);
    await expect(page.getByRole('button', { name: 'Apply filters' })).toBeHidden();

    await page.locator('summary', { hasText: /^Actors/ }).click();
    await page.getByRole('searchbox', { name: 'Find actors by name or code' }).fill('JP');
    await expect(page.getByRole('checkbox', { name: /^United States/ })).toBeHidden();
    // Ticking applies the filter at once (the form is redrawn for the new URL), so the result
    // is read from the URL and the list rather than from the box.
    await page.getByRole('checkbox', { name: /^Japan/ }).click();
    await expect(page).toHaveURL(/[?&]actor=JP(&|$)/);
    // Blank fields of the form stay out of the URL, and out of the links made from it.
    expect(page.url()).not.toMatch(/=(&|$)/);
    await expect(eventsList(page)).toHaveCount(1);
    const show = eventsList(page)
      .first()
      .getByRole('link', { name: /^Show .* on the timeline$/ });
    expect(await show.getAttribute('href')).not.toMatch(/=(&|$)/);
    await expect(eventsList(page).first()).toContainText(
      'Multilateral Sanctions Monitoring Team (MSMT) launched in Seoul',
    );
    await expect(page.getByText('1 event', { exact: true })).toBeVisible();
    await expectAccessible(page);
  });

  test('zooms in from years to months with the button and the keyboard, and the URL follows', async ({
    page,
  }) => {
    await page.goto('/timeline?from=2015-01-01&to=2024-12-31');
    await expect(page.getByText('Axis: years')).toBeVisible();
    await expect(axis(page)).toContainText('2020');

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('region', { name: /^Timeline by/ }).focus();
    await page.keyboard.press('+');
    await expect(page.getByText('Axis: months')).toBeVisible();
    // Two levels: months on the ticks, each year named once above them.
    await expect(axis(page).locator('[data-axis="minor"]').first()).toHaveText(/^[A-Z][a-z]{2}$/);
    await expect(axis(page).locator('[data-axis="major"]').first()).toHaveText(/^\d{4}$/);
    await expect(page).toHaveURL(/start=2018-\d\d-\d\d&end=2021-\d\d-\d\d/);
    // The view moved; the date filter did not.
    await expect(page).toHaveURL(/from=2015-01-01&to=2024-12-31/);
    await expectAccessible(page);
  });

  test('zooming redraws in place: the URL and the list follow without a server render of the page', async ({
    page,
  }) => {
    await page.goto('/timeline?from=2015-01-01&to=2024-12-31');
    const region = page.getByRole('region', { name: /^Timeline by/ });
    await expect(region).toHaveAttribute('aria-busy', 'false');
    // A server render of /timeline (an RSC request); not a prefetch (the filter form, a
    // next/form, prefetches its bare /timeline; the header's links prefetch other pages).
    const pageRenders: string[] = [];
    page.on('request', (r) => {
      if (
        (r.headers()['rsc'] || r.url().includes('_rsc=')) &&
        !r.headers()['next-router-prefetch'] &&
        new URL(r.url()).pathname === '/timeline'
      )
        pageRenders.push(r.url());
    });
    const fetched = page.waitForResponse(
      (r) => r.url().includes('/api/timeline?') && r.url().includes('start=2017-'),
    );

    await page
      .getByRole('group', { name: 'Zoom and move' })
      .getByRole('button', { name: 'Zoom in' })
      .click();
    await expect(page).toHaveURL(/start=2017-\d\d-\d\d&end=2022-\d\d-\d\d/);
    expect((await fetched).status()).toBe(200);
    await expect(region).toHaveAttribute('aria-busy', 'false');
    // The export follows the filter, not the zoomed view.
    await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      /from=2015-01-01&to=2024-12-31/,
    );
    expect(pageRenders).toEqual([]);
  });

  test('Back after zooming a selected event returns to the view before the selection', async ({
    page,
  }) => {
    await page.goto('/timeline?from=2015-01-01&to=2024-12-31');
    await eventsList(page)
      .first()
      .getByRole('link', { name: /^Show .* on the timeline$/ })
      .click();
    await expect(page).toHaveURL(/focus=/);
    await expect(page.getByRole('complementary')).toBeVisible();
    await page.getByRole('region', { name: /^Timeline by/ }).focus();
    await page.keyboard.press('+');
    await expect(page).toHaveURL(/start=\d{4}-\d\d-\d\d.*event=/);
    await expect(page.getByRole('complementary')).toBeVisible();

    await page.goBack();
    await expect(page).not.toHaveURL(/event=|focus=/);
    await expect(page.getByText('2015-01-01 to 2024-12-31')).toBeVisible();
    await expect(page.getByRole('complementary')).toHaveCount(0);
  });

  test('the event list keeps only the rows in view in the page, and scrolling it reaches the oldest event', async ({
    page,
  }) => {
    await page.goto('/timeline');
    const summary = page.getByText(/^\d+ events\.$/);
    await expect(summary).toBeVisible();
    const total = Number((await summary.textContent())!.split(' ')[0]);
    expect(total).toBeGreaterThan(20);
    expect(await eventsList(page).count()).toBeLessThan(total);

    // A scroll made before the list has hydrated moves the page but not the virtual list,
    // as a real reader's first flick would; like the reader, scroll again until the end shows.
    await expect(async () => {
      await page.getByTestId('event-list-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(page.locator(`.event-list > li[data-index="${total - 1}"]`)).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 15_000 });
    expect(await eventsList(page).count()).toBeLessThan(total);
    await expectAccessible(page);
  });

  test('a shared link restores the window, filters, lanes and selected event in a fresh page', async ({
    page,
    browser,
  }) => {
    await page.goto('/timeline?from=2024-01-01&to=2024-12-31&actor=US&lanes=status');
    await page
      .getByRole('button', {
        name: /^US Defense Secretary Austin confirms evidence of DPRK troops in Russia/,
      })
      .click();
    await expect(page).toHaveURL(/event=us-austin-confirms-dprk-troops-rome/);
    const panel = page.getByRole('complementary', { name: /Austin confirms evidence/ });
    await expect(panel.getByRole('heading', { name: 'Quotes' })).toBeVisible();
    await expectAccessible(page);
    const shared = page.url();

    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(shared);
    await expect(fresh.getByText('2024-01-01 to 2024-12-31')).toBeVisible();
    await expect(fresh.locator('input[type="checkbox"][name="actor"][value="US"]')).toBeChecked();
    await expect(fresh.getByLabel('Lanes')).toHaveValue('status');
    await expect(
      fresh.getByRole('complementary', { name: /Austin confirms evidence/ }),
    ).toBeVisible();
    await expect(
      fresh.getByRole('complementary').getByRole('link', { name: 'Open the full event page' }),
    ).toHaveAttribute('href', '/events/us-austin-confirms-dprk-troops-rome');

    await page.goBack();
    await expect(page).not.toHaveURL(/event=/);
    await expect(page.getByRole('complementary', { name: /Austin confirms/ })).toHaveCount(0);
    await fresh.context().close();
  });

  test('searches a word from a quoted event and sees it highlighted', async ({ page }) => {
    await page.goto('/timeline');
    await page.getByRole('searchbox', { name: 'Search' }).fill('Austin');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect(page).toHaveURL(/q=Austin/);
    // Other tests may add events naming Austin: read the seeded one's row.
    const first = eventsList(page)
      .filter({ has: page.getByRole('link', { name: /Austin confirms evidence/ }) })
      .first();
    const title = first.getByRole('link', { name: /Austin confirms evidence/ });
    await expect(title.locator('mark')).toHaveText('Austin');
    await expect(first.locator('.snippet mark').first()).toHaveText('Austin');
    await expectAccessible(page);
  });

  test('downloads the filtered events as CSV', async ({ page }) => {
    await page.goto('/timeline?actor=UA');
    const shown = await eventsList(page).locator('a.title').allTextContents();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^events-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
    expect(rows.map((r) => r.title)).toEqual(shown);
    for (const r of rows) expect(r.actors).toMatch(/\bUA\b/);
  });

  test('opens an actor page with its events and the actors it appears with most', async ({
    page,
  }) => {
    await page.goto('/actors/KP');
    await expect(page.getByRole('heading', { level: 1, name: 'North Korea' })).toBeVisible();
    const table = page.getByRole('table', { name: /shared with North Korea/ });
    await expect(table.getByRole('rowheader').first()).toHaveText('Russia');
    await expect(
      page
        .getByRole('region', { name: 'Events' })
        .getByRole('link', { name: /^US Defense Secretary Austin confirms evidence/ }),
    ).toBeVisible();
    await expectAccessible(page);
  });
});
