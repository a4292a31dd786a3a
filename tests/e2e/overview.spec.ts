import { expect, test } from '@playwright/test';
import { formatValue } from '../../lib/charts/scales.ts';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

test.describe('the overview', () => {
  test('searches events, quotes, actors and sources from the first screen', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('search');
    await search.getByLabel('Search events, quotes, actors and sources').fill('troops');
    await search.getByLabel('Search events, quotes, actors and sources').press('Enter');
    await expect(page).toHaveURL(/\/search\?q=troops$/);
    const events = page.getByRole('region', { name: 'Events' });
    await expect(events.getByRole('link').first()).toBeVisible();
    await events
      .getByRole('link', { name: /Austin confirms evidence of DPRK troops in Russia/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Austin confirms/);

    await page.goto('/search?q=Haines');
    await expect(
      page.getByRole('region', { name: 'Actors' }).getByRole('link', { name: 'Avril Haines' }),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Quotes' }).locator('blockquote').first(),
    ).toBeVisible();
    await expectAccessible(page);

    await page.goto('/search?q=zzzqqqxxx');
    await expect(page.getByRole('status')).toHaveText(/Nothing matches “zzzqqqxxx”/);
  });

  test('follows a pair of actors, sees a new event of theirs highlighted and in the feed', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/');
    const watchlist = page.getByRole('region', { name: 'Your watchlist' });
    await watchlist.getByLabel('Follow').selectOption('pair');
    await watchlist.getByLabel('Actor').selectOption({ label: 'North Korea' });
    await watchlist.getByLabel('and').selectOption({ label: 'Russia' });
    await watchlist.getByRole('button', { name: 'Follow' }).click();
    await expect(watchlist.getByRole('list', { name: 'Followed' })).toHaveText(
      /North Korea \+ Russia/,
    );
    const feed = await watchlist.getByLabel('Atom feed of your watchlist').inputValue();
    expect(feed).toBe(`${baseURL}/feed.xml?follow=pair%3AKP-RU`);
    await expectAccessible(page);

    // An editor publishes an event naming both.
    await signIn(page);
    const title = `Watchlist e2e: Pyongyang and Moscow sign a new protocol ${Date.now()}`;
    const created = await page.request.post('/api/events', {
      headers: { origin: baseURL! },
      data: {
        slug: `watchlist-e2e-${Date.now()}`,
        title,
        date: new Date().toISOString().slice(0, 10),
        publication: 'published',
        actors: [{ code: 'KP' }, { code: 'RU' }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);

    // The watchlist survived the sign-in (kept in the browser) and shows the new event.
    await page.goto('/');
    await expect(
      page.getByRole('region', { name: 'Your watchlist' }).getByRole('link', { name: title }),
    ).toBeVisible();
    const xml = await (await page.request.get(feed)).text();
    expect(xml).toContain(title);

    await page
      .getByRole('region', { name: 'Your watchlist' })
      .getByRole('button', { name: 'Unfollow North Korea + Russia' })
      .click();
    await expect(page.getByRole('region', { name: 'Your watchlist' })).toContainText(
      'Follow actors, tags or pairs of actors',
    );
  });

  test('every key-figure card links to the page with the same figure; the phone stacks them', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const figures = page.getByRole('region', { name: 'Key figures' });
    const cards = figures.getByRole('article');
    const estimates = await (await page.request.get('/api/estimates')).json();
    // One card per tracked quantity, then two trade series, relations, events this month.
    await expect(cards).toHaveCount(estimates.quantities.length + 4);
    // One card per row on a phone, in page order.
    const boxes = await cards.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width })),
    );
    for (const [i, box] of boxes.entries()) {
      expect(box.w).toBeLessThanOrEqual(390);
      if (i) expect(box.y).toBeGreaterThan(boxes[i - 1].y);
    }
    await expectAccessible(page);

    // The estimate card states the tracker's latest claim for its quantity.
    const quantity = estimates.quantities[0].quantity as string;
    const claims = estimates.items.filter((e: { quantity: string }) => e.quantity === quantity);
    const claim = claims.at(-1);
    const card = cards.filter({ has: page.getByRole('heading', { name: quantity }) });
    await expect(card).toContainText(`Latest claim: ${claim.claimant.name}`);
    await expect(card).toContainText(claim.best.toLocaleString('en-US'));
    await card.getByRole('link', { name: /Estimate tracker/ }).click();
    await expect(page).toHaveURL(/\/charts\/estimates\?quantity=/);
    await expect(page.getByRole('main')).toContainText(claim.claimant.name);
    await page.goto('/');

    // The trade card states what the chart's own data says for its latest year.
    const russia = cards.filter({ hasText: 'North Korea–Russia trade' });
    const trade = await (await page.request.get('/api/trade?series=KP-RU')).json();
    const latest = trade.series[0].points.findLast(
      (p: { valueUsd: number | null }) => p.valueUsd !== null,
    );
    await expect(russia.getByRole('heading')).toHaveText(
      `North Korea–Russia trade, ${latest.year}`,
    );
    await expect(russia).toContainText(formatValue(latest.valueUsd, 'absolute'));
    await russia.getByRole('link', { name: /Trade chart/ }).click();
    await expect(page).toHaveURL(/\/charts\/trade\?series=KP-RU$/);

    await page.goto('/');
    const relations = cards.filter({ hasText: 'Relations in force' });
    const today = new Date().toISOString().slice(0, 10);
    const inForce = await (await page.request.get(`/api/relations?at=${today}`)).json();
    await expect(relations.locator('p').first()).toHaveText(String(inForce.items.length));
    await relations.getByRole('link', { name: 'Alliance network' }).click();
    await expect(page).toHaveURL(new RegExp(`/alliances\\?at=${today}$`));
  });
});
