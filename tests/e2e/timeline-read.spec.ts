import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { DAY, shownWindow } from './timeline-window.ts';

// The timeline read without hovering (issue #15): titles on the chart that never overlap,
// clusters where they cannot fit, lanes by actor without people, dark and print themes.

const chart = (page: Page) => page.getByRole('region', { name: /^Timeline by/ });
const drawing = (page: Page) => page.getByTestId('timeline-drawing');

async function openWindow(page: Page, query: string) {
  await page.goto(`/timeline?${query}`);
  await expect(chart(page)).toHaveAttribute('aria-busy', 'false');
}

/** The number of events the toolbar says the window holds. */
async function windowTotal(page: Page): Promise<number> {
  const text = await page
    .getByText(/^\d+ events?(,|$)/)
    .first()
    .textContent();
  return Number(text!.split(' ')[0]);
}

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

async function boxes(labels: Locator): Promise<Box[]> {
  return labels.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

test.describe('the timeline read without hovering', () => {
  test.describe.configure({ timeout: 60_000 });

  test('October 2024: every event on screen shows its title, and no two labels overlap', async ({
    page,
  }) => {
    await openWindow(page, 'from=2024-10-01&to=2024-10-31');
    const total = await windowTotal(page);
    expect(total).toBeGreaterThan(8);
    const items = drawing(page).locator('g[data-slug]');
    await expect(items).toHaveCount(total);
    await expect(drawing(page).locator('g[data-count]')).toHaveCount(0);

    const labels = drawing(page).locator('g[data-slug] text');
    await expect(labels).toHaveCount(total);
    for (const label of await labels.all()) {
      await expect(label).toBeVisible();
      expect((await label.textContent())!.length).toBeGreaterThan(3);
    }
    // Each label is its event's title, whole or cut with an ellipsis, as plain text.
    const pairs = await items.evaluateAll((els) =>
      els.map((el) => [el.getAttribute('aria-label')!, el.querySelector('text')!.textContent!]),
    );
    for (const [name, text] of pairs) expect(name.startsWith(text.replace(/…$/, ''))).toBe(true);
    expect(pairs.some(([, text]) => text.startsWith('US Defense Secretary'))).toBe(true);

    const all = await boxes(labels);
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++)
        expect(intersects(all[i], all[j]), `labels ${i} and ${j} overlap`).toBe(false);
  });

  test('the axis names the month once above its days, and no two tick labels touch', async ({
    page,
  }) => {
    await openWindow(page, 'from=2024-10-01&to=2024-10-31');
    const axis = page.getByTestId('timeline-axis');
    await expect(axis.locator('[data-axis="major"]')).toHaveText(['October 2024']);
    const minor = await boxes(axis.locator('[data-axis="minor"]'));
    expect(minor.length).toBeGreaterThan(5);
    for (let i = 1; i < minor.length; i++)
      expect(minor[i - 1].x + minor[i - 1].width).toBeLessThan(minor[i].x);
  });

  test('a crowded window shows clusters whose counts add up, and a click zooms to their events', async ({
    page,
  }) => {
    await openWindow(page, 'start=2006-01-01&end=2024-12-31');
    const total = await windowTotal(page);
    const clusters = drawing(page).locator('g[data-count]');
    await expect(clusters.first()).toBeVisible();
    const counts = await clusters.evaluateAll((els) =>
      els.map((el) => Number(el.getAttribute('data-count'))),
    );
    const singles = await drawing(page).locator('g[data-slug]').count();
    expect(counts.reduce((a, b) => a + b, 0) + singles).toBe(total);

    // The biggest cluster: after the click, each of its events is drawn on its own or in a
    // smaller cluster of the new, narrower window.
    const biggest = counts.indexOf(Math.max(...counts));
    const target = clusters.nth(biggest);
    const slugs = (await target.getAttribute('data-events'))!.split(' ');
    await target.locator('rect').first().click();
    await expect(page).not.toHaveURL(/start=2006-01-01/);
    await expect(chart(page)).toHaveAttribute('aria-busy', 'false');
    await expect(async () => {
      const drawn = await drawing(page)
        .locator('g[data-slug], g[data-events]')
        .evaluateAll((els) =>
          els.flatMap((el) =>
            (el.getAttribute('data-slug') ?? el.getAttribute('data-events') ?? '').split(' '),
          ),
        );
      expect(drawn).toEqual(expect.arrayContaining(slugs));
      expect(await windowTotal(page)).toBeLessThan(total);
    }).toPass({ timeout: 10_000 });
  });

  test('lanes by actor: no people unless asked, the tail folded into "Other actors", lanes fold', async ({
    page,
  }) => {
    await openWindow(page, 'from=2006-01-01&to=2024-12-31&lanes=actor');
    const lanes = drawing(page).locator('g[data-lane]');
    const keys = await lanes.evaluateAll((els) => els.map((el) => el.getAttribute('data-lane')));
    expect(keys.filter((k) => k!.startsWith('P_'))).toEqual([]);
    expect(keys.at(-1)).toBe('other');
    const toggles = drawing(page).getByRole('button', { name: /^Other actors \(\d+\)/ });
    await expect(toggles).toHaveCount(1);
    const svgHeight = () =>
      drawing(page)
        .getByRole('group', { name: 'Rows of the timeline' })
        .evaluate((el) => el.getBoundingClientRect().height);
    const before = await svgHeight();
    expect(before).toBeLessThan(1400);

    const first = drawing(page)
      .getByRole('button', { name: /fold this lane$/ })
      .first();
    await first.click();
    await expect(
      drawing(page).locator('[aria-expanded="false"]').filter({ hasText: '▸' }),
    ).toHaveCount(1);
    expect(await svgHeight()).toBeLessThan(before);

    await openWindow(page, 'from=2006-01-01&to=2024-12-31&lanes=actor&actor=P_PUTIN&people=1');
    await expect(drawing(page).locator('g[data-lane="P_PUTIN"]')).toHaveCount(1);
  });

  test('the dark theme passes axe on the timeline and an event page', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openWindow(page, 'from=2024-10-01&to=2024-10-31');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(247, 248, 250)');
    await expectAccessible(page);
    await page.goto('/events/us-austin-confirms-dprk-troops-rome');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  });

  test('printed, the timeline has no navigation or filters, and sources show their address', async ({
    page,
  }) => {
    await openWindow(page, 'from=2024-10-01&to=2024-10-31');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation').first()).toBeHidden();
    await expect(page.getByRole('form', { name: 'Filter events' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
    await expect(page.getByTestId('timeline-drawing')).toBeVisible();

    await page.goto('/events/us-austin-confirms-dprk-troops-rome');
    const link = page.locator('main a[href^="http"]').first();
    const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('http');
  });

  test('the overview brush pans the view when dragged', async ({ page }) => {
    await openWindow(page, 'start=2020-01-01&end=2022-12-31');
    const brush = page.getByTestId('timeline-brush').locator('rect');
    await expect(
      page.getByTestId('timeline-overview').locator('rect[data-bar]').first(),
    ).toBeAttached();
    await brush.scrollIntoViewIfNeeded();
    const box = (await brush.boundingBox())!;
    expect(box.width).toBeGreaterThan(30);
    const y = box.y + box.height / 2;

    // Drag the body to the left: an earlier window of the same length.
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, y, { steps: 5 });
    await page.mouse.up();
    await expect(page).toHaveURL(/start=(2018|2019)-\d\d-\d\d&end=(2021|2022)-/);
  });

  test('the overview brush zooms when an edge is dragged, and jumps where the strip is pressed', async ({
    page,
  }) => {
    await openWindow(page, 'start=2020-01-01&end=2022-12-31');
    const strip = page.getByTestId('timeline-overview');
    const brush = page.getByTestId('timeline-brush').locator('rect');
    await expect(strip.locator('rect[data-bar]').first()).toBeAttached();
    await brush.scrollIntoViewIfNeeded();
    const box = (await brush.boundingBox())!;
    const y = box.y + box.height / 2;

    // The right edge dragged right: the same start, a later end.
    await page.mouse.move(box.x + box.width - 1, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 40, y, { steps: 5 });
    await page.mouse.up();
    await expect(page).toHaveURL(/start=2020-01-01&end=202[3-5]-/);

    // A press on the strip far left of the brush: the window, as long, centred there.
    const before = await shownWindow(page);
    // (The longer window holds more rows: the strip has moved down.)
    await strip.scrollIntoViewIfNeeded();
    const whole = (await strip.boundingBox())!;
    await page.mouse.click(whole.x + 10, whole.y + whole.height / 2);
    await expect.poll(async () => (await shownWindow(page)).start).toBeLessThan(before.start);
    const after = await shownWindow(page);
    expect(Math.abs(after.end - after.start - (before.end - before.start))).toBeLessThan(3 * DAY);
  });

  test('eras are drawn as labelled bands behind the events they frame', async ({ page }) => {
    await openWindow(page, 'from=2023-01-01&to=2024-12-31');
    const eras = page.getByTestId('timeline-eras');
    await expect(eras.locator('g[data-era="war-in-ukraine"] text')).toHaveText(
      "Russia's full-scale war in Ukraine",
    );
    const panel = eras.locator('g[data-era="un-panel-of-experts-mandate"] rect');
    const war = (await eras.locator('g[data-era="war-in-ukraine"] rect').boundingBox())!;
    const mandate = (await panel.boundingBox())!;
    // The panel's mandate ends in April 2024; the war runs to the window's right edge.
    expect(mandate.x + mandate.width).toBeLessThan(war.x + war.width - 300);
  });
});
