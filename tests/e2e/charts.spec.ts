import { expect, test, type Download, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import { expectAccessible } from './axe.ts';
import { E2E_SITE_URL } from '../../playwright.config.ts';

const chartTitle = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /trade|Exports|Imports/ }).first();

async function saved(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: 'Export the chart' })
      .getByRole('button', { name: button })
      .click(),
  ]);
  return {
    name: (download as Download).suggestedFilename(),
    body: await readFile((await download.path())!),
  };
}

test.describe('the trade chart', () => {
  // Several navigations and axe runs per test on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test('draws both pairs with event markers, and each control changes the URL and the chart', async ({
    page,
  }) => {
    await page.goto('/charts/trade');
    await expect(page.getByRole('heading', { level: 1, name: 'Trade and events' })).toBeVisible();
    await expect(chartTitle(page)).toHaveText(/Total trade: North Korea–China, North Korea–Russia/);
    const plot = page.getByTestId('chart-plot');
    // Two panels by default (China and Russia trade differ more than twentyfold).
    await expect(plot.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(plot.locator('a.chart-marker').first()).toHaveAttribute('href', /^\/events\//);
    await expect(page.getByText(/compiled by .*China customs \(GAC\) \(2017–2024\)/)).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Flow').selectOption('export');
    await expect(page).toHaveURL(/flow=export/);
    await expect(chartTitle(page)).toHaveText(/^Exports \(North Korea's exports\)/);

    await page.getByRole('checkbox', { name: 'North Korea–Russia' }).uncheck();
    await expect(page).toHaveURL(/series=KP-CN(&|$)/);
    await expect(page.getByRole('list', { name: 'Series' }).getByRole('listitem')).toHaveText([
      'North Korea–China',
    ]);

    await page.getByLabel('From').fill('2015');
    await page.getByLabel('From').press('Enter');
    await expect(page).toHaveURL(/from=2015/);
    await expect(chartTitle(page)).toHaveText(/2015–2024$/);

    // The view survives a reload: its state is in the URL.
    await page.reload();
    await expect(chartTitle(page)).toHaveText(/^Exports .*North Korea–China, 2015–2024$/);
    await expect(page.getByLabel('Flow')).toHaveValue('export');
    await expectAccessible(page);
  });

  test('by default Russia has its own scale, the treaty is labelled, gaps say "no data", and exports carry SITE_URL', async ({
    page,
  }) => {
    await page.goto('/charts/trade');
    const russia = page.locator('[data-testid="trade-panel"][data-series="KP-RU"]');
    await expect(russia.locator('svg.recharts-surface')).toBeVisible();
    // Russia's figures (tens of millions) spread over their own axis, not flat on $0.
    await expect(russia.locator('.recharts-yAxis-tick-labels')).not.toContainText('bn');
    const ys = await russia
      .locator('circle[r="4"]')
      .evaluateAll((dots) => dots.map((d) => Number(d.getAttribute('cy'))));
    expect(ys.length).toBeGreaterThan(5);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(60);

    // The treaty's marker carries its title, on the page…
    const label = page.locator('.marker-label', { hasText: 'Putin and Kim sign the Treaty' });
    await expect(label).toBeVisible();
    // …and 2021–2022, when Russia reported nothing, are marked "no data".
    const tickX = async (year: string) => {
      const box = await russia
        .locator('.recharts-xAxis-tick-labels text', { hasText: new RegExp(`^${year}$`) })
        .boundingBox();
      return box!.x + box!.width / 2;
    };
    const [x2020, x2024] = [await tickX('2020'), await tickX('2024')];
    const gapLabels = await russia
      .getByText('no data', { exact: true })
      .evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => r.x + r.width / 2),
      );
    expect(gapLabels.some((x) => x > x2020 && x < x2024)).toBe(true);
    await expectAccessible(page);

    const svg = (await saved(page, 'SVG')).body.toString('utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Putin and Kim sign the Treaty');
    expect(svg).toContain(`Chart: ${E2E_SITE_URL}/charts/trade?`);
    expect(svg).not.toMatch(/127\.0\.0\.1|localhost/);
    // The short footer: compilers, the number of sources, no list of outlets.
    expect(svg).toMatch(/\d+ sources: listed in full with the chart online/);
    expect(svg).not.toContain('Reported by');

    // In the "Links for reports and scripts" list (closed by default).
    const png = page.locator('a[data-format="png"]');
    expect(await png.getAttribute('href')).toMatch(
      new RegExp(`^${E2E_SITE_URL}/api/charts/trade\\.png\\?`),
    );
    // The server's own PNG is drawn from the same SVG, which names the public address too.
    const server = await (await page.request.get('/api/charts/trade.svg')).text();
    expect(server).toContain(`Chart: ${E2E_SITE_URL}/charts/trade?`);
    expect(server).toContain('Putin and Kim sign the Treaty');
    expect(server).toContain('North Korea–Russia: no figures for 2021–2022');

    // One option puts both series back on a shared axis.
    await page.getByLabel('Axes').selectOption('shared');
    await expect(page).toHaveURL(/axes=shared/);
    await expect(page.getByTestId('trade-panel')).toHaveCount(1);
  });

  test('runs under the CSP without eval, and keeps its layout while it loads', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { csp: string[]; cls: number };
      w.csp = [];
      w.cls = 0;
      document.addEventListener('securitypolicyviolation', (e) =>
        w.csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) w.cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const read = () =>
      page.evaluate(() => {
        const w = window as unknown as { csp: string[]; cls: number };
        return { csp: w.csp, cls: w.cls };
      });
    await page.goto('/charts/trade');
    await expect(page.locator('.marker-label').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    // The page's space is reserved while it loads: little moves once it is drawn.
    expect((await read()).cls).toBeLessThan(0.1);
    // The controls validate in the browser (zod): that must not need eval either.
    await page.getByLabel('Flow').selectOption('export');
    await expect(page).toHaveURL(/flow=export/);
    await expect(page.locator('.marker-label').first()).toBeVisible();
    expect((await read()).csp).toEqual([]);
  });

  test('bad parameters show what is wrong instead of a chart', async ({ page }) => {
    await page.goto('/charts/trade?scale=log&mode=yoy');
    await expect(page.getByRole('alert').filter({ hasText: "can't be drawn" })).toContainText(
      'A log scale needs absolute values',
    );
    await expectAccessible(page);
  });

  test('downloads PNG at twice the size, SVG with the series and sources, and CSV of the plotted rows', async ({
    page,
  }) => {
    await page.goto('/charts/trade?series=KP-CN&from=2015&to=2024');
    const surface = page.getByTestId('chart-plot').locator('svg.recharts-surface');
    await expect(surface).toBeVisible();
    const width = Math.round((await surface.boundingBox())!.width);

    const png = await saved(page, 'PNG');
    expect(png.name).toBe('trade-KP-CN-2015-2024.png');
    expect(png.body.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.body.readUInt32BE(16)).toBe(width * 2);
    expect(png.body.readUInt32BE(20)).toBeGreaterThan(420 * 2);

    const svg = await saved(page, 'SVG');
    expect(svg.name).toBe('trade-KP-CN-2015-2024.svg');
    const text = svg.body.toString('utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    expect(new XMLParser().parse(text).svg).toBeDefined();
    expect(text).toContain('Total trade: North Korea–China, 2015–2024');
    expect(text).toContain('recharts-line-curve');
    expect(text).toContain('name="North Korea–China"');
    expect(text).toMatch(/China customs \(GAC\)/);
    expect(text).toContain('/charts/trade?series=KP-CN&amp;from=2015&amp;to=2024');

    const csv = await saved(page, 'CSV');
    expect(csv.name).toBe('trade-KP-CN-2015-2024.csv');
    const rows = Papa.parse<Record<string, string>>(csv.body.toString('utf8'), {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    }).data;
    const api = await (await page.request.get('/api/trade?series=KP-CN&from=2015&to=2024')).json();
    expect(rows.map((r) => [r.series, Number(r.year), Number(r.value)])).toEqual(
      api.rows.map((r: { series: string; year: number; value: number }) => [
        r.series,
        r.year,
        r.value,
      ]),
    );
    // Every plotted point is in the CSV: the years 2015–2024 that have a figure.
    expect(rows.map((r) => Number(r.year))).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
  });

  test('the embeddable chart may be framed; other pages may not', async ({ page }) => {
    const embed = await page.goto('/embed/charts/trade?series=KP-RU');
    expect(embed?.headers()['x-frame-options']).toBeUndefined();
    expect(embed?.headers()['content-security-policy']).toMatch(/frame-ancestors \*$/);
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: /North Korea–Russia/ })).toBeVisible();
    await expectAccessible(page);
    const normal = await page.goto('/charts/trade');
    expect(normal?.headers()['x-frame-options']).toBe('DENY');
    expect(normal?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });
});

test.describe('the activity chart', () => {
  test.describe.configure({ timeout: 120_000 });

  test('counts events by tag once chosen, and its CSV holds the plotted counts', async ({
    page,
  }) => {
    await page.goto('/charts/activity');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      /^Events per year by actor: North Korea, Russia, China/,
    );
    await expect(page.getByTestId('chart-plot').locator('svg.recharts-surface')).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Count by').selectOption('tag');
    await expect(page).toHaveURL(/by=tag&keys=military,diplomacy,sanctions/);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      /^Events per year by tag: Military, Diplomacy, Sanctions/,
    );

    const csv = await saved(page, 'CSV');
    expect(csv.name).toMatch(/^activity-military_diplomacy_sanctions-\d{4}-\d{4}\.csv$/);
    const rows = Papa.parse<Record<string, string>>(csv.body.toString('utf8'), {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    }).data;
    const server = Papa.parse<Record<string, string>>(
      await (
        await page.request.get('/api/charts/activity.csv?by=tag&keys=military,diplomacy,sanctions')
      ).text(),
      {
        header: true,
        comments: '#',
        skipEmptyLines: true,
      },
    ).data;
    expect(rows).toEqual(server);
    expect(rows.some((r) => r.series === 'military' && Number(r.count) > 0)).toBe(true);
  });
});
