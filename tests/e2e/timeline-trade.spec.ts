import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

test.describe('the trade chart beneath the timeline', () => {
  test.describe.configure({ timeout: 120_000 });

  test('shares the window: zooming the timeline moves the chart, panning the chart moves the timeline, and both export as one image', async ({
    page,
  }) => {
    await page.goto('/timeline?from=2015-01-01&to=2024-12-31');
    await page
      .getByRole('link', { name: /Show North Korea's trade with China and Russia beneath/ })
      .click();
    await expect(page).toHaveURL(/trade=KP-CN%2CKP-RU|trade=KP-CN,KP-RU/);
    const beneath = page.getByTestId('trade-beneath');
    const ticks = beneath.locator('.recharts-xAxis-tick-labels text');
    await expect(ticks.first()).toBeVisible();
    const before = await ticks.allTextContents();
    expect(before).toContain('2016');
    await expectAccessible(page);

    // Zoom the timeline: the chart follows to the new window.
    await page
      .getByRole('group', { name: 'Zoom and move' })
      .getByRole('button', { name: 'Zoom in' })
      .click();
    await expect(page).toHaveURL(/start=2017/);
    await expect
      .poll(async () => (await ticks.allTextContents()).join(','))
      .not.toBe(before.join(','));
    expect(await ticks.allTextContents()).not.toContain('2015');

    // Pan with the chart's own controls: the timeline's window moves too.
    const url = page.url();
    await beneath.getByRole('button', { name: '← Earlier' }).click();
    await expect(page).not.toHaveURL(url);
    const from = new URL(page.url()).searchParams.get('start')!;
    await expect(page.getByText(new RegExp(`^${from} to `))).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      beneath.getByRole('button', { name: 'Download timeline and chart (PNG)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^timeline-trade-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.png$/,
    );
    const png = await readFile((await download.path())!);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(20)).toBeGreaterThan(800); // both pictures, stacked, at twice the size
  });
});
