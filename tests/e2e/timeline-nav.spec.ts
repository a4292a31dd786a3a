import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { DAY, shownWindow } from './timeline-window.ts';

// Finding your way around the timeline (issue #16): zoom where you point, a view apart from
// the filter, Show on timeline, any/all actors, the keyboard, story mode and the phone.

const region = (page: Page) => page.getByRole('region', { name: /^Timeline by/ });
const eventsList = (page: Page) =>
  page.getByRole('region', { name: /^Events/ }).locator('.event-list > li');

/** Where the plot starts and how wide it is (the lane labels take 128 px on a wide screen, 84 on a narrow one). */
async function plotBox(page: Page) {
  const box = (await page.getByTestId('timeline-drawing').boundingBox())!;
  const labelW = box.width < 560 ? 84 : 128;
  return { left: box.x + labelW, width: Math.max(100, box.width - labelW - 8), y: box.y + 60 };
}

async function listSlugs(page: Page, qs: string): Promise<string[]> {
  const res = await page.request.get(`/api/events?${qs}&limit=200`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: { slug: string }[] }).items.map((i) => i.slug);
}

test.describe('finding your way on the timeline, desktop', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a plain wheel scrolls the page with a hint; Ctrl+wheel zooms around the pointer and keeps from/to', async ({
    page,
  }) => {
    await page.goto('/timeline?from=2015-01-01&to=2024-12-31');
    await expect(region(page)).toHaveAttribute('aria-busy', 'false');
    const url = page.url();
    const plot = await plotBox(page);
    const x = plot.left + plot.width * 0.8;
    await page.mouse.move(x, plot.y);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await expect(page.getByRole('status').filter({ hasText: /Ctrl/ })).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    expect(page.url()).toBe(url);
    await expectAccessible(page);

    // Back over the same spot of the chart, Ctrl+wheel zooms in around it.
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await plotBox(page);
    const px = box.left + box.width * 0.8;
    const before = await shownWindow(page);
    const under = before.start + ((px - box.left) / box.width) * (before.end - before.start);
    await page.mouse.move(px, box.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect(page).toHaveURL(/start=\d{4}-\d\d-\d\d&end=\d{4}-\d\d-\d\d/);
    const after = await shownWindow(page);
    expect(after.end - after.start).toBeLessThan((before.end - before.start) * 0.8);
    const underAfter = after.start + ((px - box.left) / box.width) * (after.end - after.start);
    // The date under the pointer stays under it (to within whole-day snapping).
    expect(Math.abs(underAfter - under)).toBeLessThan(3 * DAY);
    const params = new URL(page.url()).searchParams;
    expect([params.get('from'), params.get('to')]).toEqual(['2015-01-01', '2024-12-31']);
  });

  test('Show on timeline from an event page lands on the event, selected and in view', async ({
    page,
  }) => {
    const slug = 'us-austin-confirms-dprk-troops-rome';
    await page.goto(`/events/${slug}`);
    await page.getByRole('link', { name: 'Show on timeline' }).click();
    await expect(page).toHaveURL(new RegExp(`focus=${slug}`));
    await expect(
      page.getByRole('complementary', { name: /Austin confirms evidence/ }),
    ).toBeVisible();
    const mark = page.locator(`[data-slug="${slug}"][role="button"]`);
    await expect(mark).toBeInViewport();
    const win = await shownWindow(page);
    expect(win.end - win.start).toBeLessThan(3 * 365 * DAY);
    await expectAccessible(page);
  });

  test('actorMode=all with China and Russia lists only the events naming both, as /api/events does', async ({
    page,
  }) => {
    const both = await listSlugs(page, 'actor=CN&actor=RU&actorMode=all');
    const either = await listSlugs(page, 'actor=CN&actor=RU');
    expect(both.length).toBeGreaterThan(0);
    expect(either.length).toBeGreaterThan(both.length);
    // The reader picks "every" before the list of actors has arrived: the ticked ones stay.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/actors', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/timeline?actor=CN&actor=RU');
    await page.locator('summary', { hasText: /^Actors/ }).click();
    await expect(page.getByText('Loading the actors…')).toBeVisible();
    await page.getByLabel('Events naming').selectOption('all');
    await expect(page).toHaveURL(/actorMode=all/);
    expect(new URL(page.url()).searchParams.getAll('actor')).toEqual(['CN', 'RU']);
    release();
    await expect(page.locator('input[type=checkbox][name=actor][value=CN]')).toBeChecked();
    await expect(eventsList(page)).toHaveCount(both.length);
    const shown = await eventsList(page)
      .locator('a.title')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace('/events/', '')));
    expect(shown.sort()).toEqual([...both].sort());
    await expect(
      page.getByText(`${both.length} event${both.length === 1 ? '' : 's'}`, { exact: true }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test('Enter opens an event and focuses the panel; Escape closes it and focus returns; arrows walk events in time order', async ({
    page,
  }) => {
    await page.goto('/timeline?from=2024-10-01&to=2024-11-30');
    await expect(region(page)).toHaveAttribute('aria-busy', 'false');
    const inOrder = await listSlugs(page, 'from=2024-10-01&to=2024-11-30&sort=oldest');
    expect(inOrder.length).toBeGreaterThan(1);
    const slug = inOrder[0];
    const first = page.locator(`[data-slug="${slug}"][role="button"]`);
    await first.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator(`[data-panel-slug="${slug}"]`);
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=/);
    await expect(page.locator(`[data-slug="${slug}"][role="button"]`)).toBeFocused();

    // From a focused event the right arrow goes to the next in time.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`[data-slug="${inOrder[1]}"][role="button"]`)).toBeFocused();
  });

  test('story mode steps through three events by keyboard, and each step is its own URL', async ({
    page,
  }) => {
    const qs = 'from=2024-10-01&to=2024-12-31';
    const steps = await listSlugs(page, `${qs}&sort=oldest`);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    await page.goto(`/timeline?${qs}`);
    await page.getByRole('button', { name: 'Step through' }).click();
    await expect(page).toHaveURL(new RegExp(`event=${steps[0]}`));
    await expect(page.getByTestId('story-step')).toHaveText(`Step 1 of ${steps.length}`);
    await expect(page.locator(`[data-panel-slug="${steps[0]}"]`)).toBeVisible();
    await page.getByRole('button', { name: 'Next →' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`event=${steps[1]}`));
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`event=${steps[2]}`));
    const panel = page.locator(`[data-panel-slug="${steps[2]}"]`);
    await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.getByTestId('story-step')).toHaveText(`Step 3 of ${steps.length}`);
    // The centred event is in view.
    await expect(page.locator(`[data-slug="${steps[2]}"][role="button"]`)).toBeInViewport();
    await expectAccessible(page);

    // The third step's URL, opened fresh, is the third step.
    const link = page.url();
    await page.goto('/timeline');
    await page.goto(link);
    await expect(page.getByTestId('story-step')).toHaveText(`Step 3 of ${steps.length}`);
    await page.getByRole('button', { name: '← Previous' }).click();
    await expect(page).toHaveURL(new RegExp(`event=${steps[1]}`));
  });
});

test.describe('finding your way on the timeline, on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test.describe.configure({ timeout: 90_000 });

  test('filters sit in a drawer; a tap opens the details in a sheet in view; a swipe cannot pan past the data', async ({
    page,
  }) => {
    await page.goto('/timeline');
    await expect(region(page)).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await toggle.click();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
    await expectAccessible(page);
    await toggle.click();
    // No tap target of the timeline's controls is smaller than 24 px.
    const controls = page.locator('section[aria-labelledby="timeline-heading"] button:visible');
    expect(await controls.count()).toBeGreaterThan(4);
    for (const control of await controls.all()) {
      const size = (await control.boundingBox())!;
      expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(24);
    }

    const extent = (await (await page.request.get('/api/timeline')).json()).extent as {
      from: string;
      to: string;
    };
    // Swipe left (towards later dates) again and again: the window stops near the last event.
    await page.getByTestId('timeline-drawing').scrollIntoViewIfNeeded();
    const plot = await plotBox(page);
    const cdp = await page.context().newCDPSession(page);
    for (let i = 0; i < 4; i++) {
      const y = plot.y;
      const x0 = plot.left + plot.width - 10;
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: x0, y }],
      });
      for (let s = 1; s <= 8; s++)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: x0 - (s * (plot.width - 20)) / 8, y }],
        });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }
    await expect(page).toHaveURL(/start=/);
    const win = await shownWindow(page);
    const first = Date.parse(`${extent.from}T00:00:00Z`);
    const last = Date.parse(`${extent.to}T00:00:00Z`) + DAY;
    expect(win.end).toBeLessThanOrEqual(last + (last - first) / 10 + 2 * DAY);
    expect(win.end).toBeGreaterThan(last - (last - first) / 2);

    // Scrolled down through the rows, the dates stay in view at the top of the screen.
    await page.goto('/timeline?lanes=actor');
    await expect(region(page)).toHaveAttribute('aria-busy', 'false');
    const drawing = (await page.getByTestId('timeline-drawing').boundingBox())!;
    expect(drawing.height).toBeGreaterThan(600);
    await page.evaluate((y) => window.scrollBy(0, y), drawing.y + 300);
    await expect
      .poll(async () => (await page.getByTestId('timeline-drawing').boundingBox())!.y)
      .toBeLessThan(-250);
    const axisBox = (await page.locator('svg[data-layer="axis"]').boundingBox())!;
    expect(Math.abs(axisBox.y)).toBeLessThan(2);
    await expect(
      page.getByTestId('timeline-axis').locator('[data-axis="minor"]').first(),
    ).toBeInViewport();

    // A tap on an event: the details open as a sheet within the viewport. (At Fit, a phone's
    // width holds only clusters; a week of October 2024 holds single events.)
    await page.goto('/timeline?start=2024-10-21&end=2024-10-27');
    const mark = page.locator('[data-slug][role="button"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    const sheet = page.getByRole('complementary');
    await expect(sheet).toBeVisible();
    await expect(sheet).toBeInViewport();
    const box = (await sheet.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    await expectAccessible(page);
  });

  test('two fingers spread apart zoom in around the point between them', async ({ page }) => {
    await page.goto('/timeline?start=2020-01-01&end=2023-12-31');
    await expect(region(page)).toHaveAttribute('aria-busy', 'false');
    await page.getByTestId('timeline-drawing').scrollIntoViewIfNeeded();
    const plot = await plotBox(page);
    const before = await shownWindow(page);
    const mid = plot.left + plot.width * 0.6;
    const under = before.start + ((mid - plot.left) / plot.width) * (before.end - before.start);
    const cdp = await page.context().newCDPSession(page);
    const fingers = (spread: number) => [
      { x: mid - spread, y: plot.y, id: 1 },
      { x: mid + spread, y: plot.y, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (let s = 1; s <= 6; s++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: fingers(20 + s * 10),
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect
      .poll(async () => {
        const w = await shownWindow(page);
        return (w.end - w.start) / (before.end - before.start);
      })
      .toBeLessThan(0.5);
    const after = await shownWindow(page);
    const underAfter = after.start + ((mid - plot.left) / plot.width) * (after.end - after.start);
    // The date between the fingers stays there (to within a few days of snapping).
    expect(Math.abs(underAfter - under)).toBeLessThan(5 * DAY);
    const params = new URL(page.url()).searchParams;
    expect([params.get('from'), params.get('to')]).toEqual([null, null]);
  });
});
