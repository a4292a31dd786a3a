import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import { expectAccessible } from './axe.ts';

// Claims over time (issue #18): the estimate tracker and the timeline as known on a day.

const TROOPS = 'North Korean troops sent to Russia';
const DEPLOYMENT = "First North Korean special forces shipped to Russia's Far East";

async function download(page: Page, format: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: 'Export the chart' })
      .getByRole('link', { name: format, exact: true })
      .click(),
  ]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

test.describe('the estimate tracker', () => {
  test.describe.configure({ timeout: 120_000 });

  test('draws the troop claims of three claimants with their ranges, each linked to its event, and exports them', async ({
    page,
  }) => {
    await page.goto(`/charts/estimates?quantity=${encodeURIComponent(TROOPS)}`);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(TROOPS) })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Series' }).getByRole('listitem')).toHaveText([
      /South Korea/,
      'Ukraine',
      'United States',
    ]);
    const plot = page.getByTestId('chart-plot');
    const claims = plot.locator('svg a.claim');
    await expect(claims).toHaveCount(6);
    // Each claimant's points, between 8 and 28 October 2024.
    for (const code of ['KR', 'UA', 'US'])
      await expect(plot.locator(`svg a.claim[data-claimant="${code}"]`).first()).toBeVisible();
    // "At least 3,000" is drawn as an open range (an arrow), not as a point.
    const atLeast = plot.locator('svg a.claim[data-claimant="US"]', { has: page.locator('.open') });
    await expect(atLeast).toHaveCount(1);
    await expect(atLeast).toHaveAttribute('href', '/events/white-house-kirby-3000-troops');
    const rows = page.getByRole('table', { name: /Every claim drawn/ }).getByRole('row');
    await expect(rows).toHaveCount(7);
    await expect(rows.filter({ hasText: 'at least 3,000 soldiers' })).toHaveCount(1);
    const dates = (await rows.locator('td:first-child').allTextContents()).join(' ');
    expect(dates).toMatch(/13 Oct(ober)? 2024/);
    expect(dates).toMatch(/28 Oct(ober)? 2024/);
    await expectAccessible(page);

    const csv = await download(page, 'CSV');
    expect(csv.name).toBe('estimates-north-korean-troops-sent-to-russia.csv');
    const table = Papa.parse<Record<string, string>>(csv.body.toString('utf8'), {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    }).data;
    expect(new Set(table.map((r) => r.claimant))).toEqual(new Set(['KR', 'UA', 'US']));
    expect(table.find((r) => r.claimant === 'US' && r.low === '3000')).toMatchObject({
      best: '',
      high: '',
    });
    expect(table.every((r) => r.refers_to >= '2024-10-08' && r.refers_to <= '2024-10-28')).toBe(
      true,
    );

    const svg = await download(page, 'SVG');
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg.body.toString('utf8'));
    expect(doc.svg).toBeTruthy();
    const text = svg.body.toString('utf8');
    for (const code of ['KR', 'UA', 'US']) expect(text).toContain(`data-claimant="${code}"`);
    expect(text).toContain('at least 3,000 soldiers');
    expect(text).toContain('class="range open"');

    const png = await download(page, 'PNG');
    expect(png.name).toBe('estimates-north-korean-troops-sent-to-russia.png');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(10_000);
  });

  test('as known on 20 October 2024 it shows only the claims made by then', async ({ page }) => {
    await page.goto(`/charts/estimates?quantity=${encodeURIComponent(TROOPS)}&asOf=2024-10-20`);
    await expect(page.getByRole('status')).toContainText('A past state');
    await expect(page.getByTestId('chart-plot').locator('svg a.claim')).toHaveCount(3);
    await expect(page.getByRole('list', { name: 'Series' }).getByRole('listitem')).toHaveText([
      /South Korea/,
      'Ukraine',
    ]);
  });
});

test.describe('the timeline as known on a day', () => {
  test.describe.configure({ timeout: 120_000 });

  const markName = (status: string) =>
    new RegExp(`^First North Korean special forces shipped to Russia's Far East, .*, ${status}$`);
  const eventRow = (page: Page, title: string) =>
    page
      .getByRole('region', { name: /^Events/ })
      .locator('li')
      .filter({ has: page.getByRole('link', { name: title, exact: true }) });

  test('on 20 October 2024 the deployment is reported and the Pentagon’s figure unknown; on 29 October it is confirmed', async ({
    page,
  }) => {
    await page.goto('/timeline?from=2024-10-01&to=2024-10-31&asOf=2024-10-20');
    await expect(page.getByRole('status').filter({ hasText: 'A past state' })).toContainText(
      '20 October 2024',
    );
    await expect(eventRow(page, DEPLOYMENT)).toContainText('Reported');
    await expect(eventRow(page, DEPLOYMENT)).not.toContainText('Confirmed');
    // The mark on the timeline names its status too.
    await expect(page.getByRole('button', { name: markName('Reported') })).toBeVisible();
    await expect(
      page.getByRole('link', { name: /Pentagon: about 10,000 North Korean troops/ }),
    ).toHaveCount(0);
    await expectAccessible(page);

    await page.getByLabel('As known on', { exact: true }).fill('2024-10-29');
    await expect(page).toHaveURL(/asOf=2024-10-29/);
    await expect(page.getByRole('button', { name: markName('Confirmed') })).toBeVisible();
    await expect(page.getByRole('button', { name: markName('Reported') })).toHaveCount(0);
    await expect(
      page
        .getByRole('region', { name: /^Events/ })
        .getByRole('link', { name: /^Pentagon: about 10,000 North Korean troops/ }),
    ).toBeVisible();
  });

  test('the event page as of a day shows the status then and says it is a past state', async ({
    page,
  }) => {
    await page.goto('/events/dprk-troops-shipped-to-vladivostok?asOf=2024-10-20');
    await expect(page.getByRole('status')).toContainText('A past state');
    await expect(page.locator('.meta .badge').first()).toHaveText('Reported');
    await expect(page.getByRole('region', { name: 'Estimates' })).toContainText('1,500 soldiers');
    await page.goto('/events/dprk-troops-shipped-to-vladivostok');
    await expect(page.locator('.meta .badge').first()).toHaveText('Confirmed');
  });

  test('the event page lists its primary source first, with the grade’s reason', async ({
    page,
  }) => {
    await page.goto('/events/haines-ssci-annual-threat-assessment-2024');
    const first = page.getByRole('region', { name: 'Sources' }).locator('li').first();
    await expect(first).toContainText('Primary source');
    await expect(first).toContainText('ODNI');
    await expect(first).toContainText('Graded A');
  });
});
