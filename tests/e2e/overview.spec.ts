import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { formatValue } from '../../lib/charts/scales.ts';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';
import { DAY, shownWindow } from './timeline-window.ts';

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

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

  test('where things stand: the last 90 days and the network today, each opening its page at the same window', async ({
    page,
    baseURL,
  }) => {
    // An event of our own, a month back: inside the 90 days, on a day of its own.
    const now = Date.now();
    const slug = `glance-e2e-${now}`;
    const title = `Glance e2e: a delegation visits Vladivostok ${now}`;
    await signIn(page);
    const created = await page.request.post('/api/events', {
      headers: { origin: baseURL! },
      data: {
        slug,
        title,
        date: isoDay(now - 30 * DAY),
        publication: 'published',
        actors: [{ code: 'KP' }, { code: 'RU' }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);

    // The 90 days end with the latest event (other specs add events dated today) or today.
    const today = isoDay(now);
    const latest = (await (await page.request.get('/api/events?limit=1')).json()).items[0].date;
    const end = latest < today ? latest : today;
    const start = isoDay(Date.parse(`${end}T00:00:00Z`) - 89 * DAY);
    const expected = await (
      await page.request.get(`/api/timeline?start=${start}&end=${end}&maxItems=60`)
    ).json();

    await page.goto('/');
    const stand = page.getByRole('region', { name: 'Where things stand' });
    const glance = stand.getByRole('region', { name: 'The last 90 days' });
    await expect(glance).toContainText(`${expected.total} events`);
    const drawing = glance.getByRole('group', { name: /^Timeline from / });
    await expect(drawing).toBeVisible();
    await expect(drawing).toHaveAttribute('aria-label', new RegExp(`, ${expected.total} events$`));

    // Our event is drawn with its title and opens on the timeline at the same window.
    const mark = drawing.getByRole('link', { name: new RegExp(`^${title}`) });
    await expect(mark).toBeVisible();
    await mark.click();
    await expect(page).toHaveURL(
      new RegExp(`/timeline\\?start=${start}&end=${end}&event=${slug}$`),
    );
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    expect(await shownWindow(page)).toEqual({
      start: Date.parse(`${start}T00:00:00Z`),
      end: Date.parse(`${end}T00:00:00Z`) + DAY,
    });

    await page.goto('/');
    await glance.getByRole('link', { name: 'These 90 days on the timeline' }).click();
    await expect(page).toHaveURL(new RegExp(`/timeline\\?start=${start}&end=${end}$`));
    expect(await shownWindow(page)).toEqual({
      start: Date.parse(`${start}T00:00:00Z`),
      end: Date.parse(`${end}T00:00:00Z`) + DAY,
    });

    // The network today: the same actors and links as /alliances on the same date.
    await page.goto('/');
    const network = stand.getByRole('region', { name: 'The alliance network today' });
    const picture = network.getByRole('img', { name: /^Network of \d+ actors and \d+ links on / });
    await expect(picture).toBeVisible();
    const [, actors, links] = (await picture.getAttribute('aria-label'))!.match(
      /^Network of (\d+) actors and (\d+) links/,
    )!;
    await network.getByRole('link', { name: /^The alliance network on / }).click();
    await expect(page).toHaveURL(new RegExp(`/alliances\\?at=${today}$`));
    await expect(page.locator('#network-title')).toHaveText(
      `Network of ${actors} actors and ${links} links on ${today}`,
    );
  });

  test('an editor sees sources flagged as dead links, each opening its editor page; readers do not', async ({
    page,
    baseURL,
  }) => {
    // A local address that answers 404 (the outside web is not reachable here).
    const server = http.createServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('gone');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'Dead source links' })).toHaveCount(0);

      await signIn(page);
      const title = `Dead link e2e: a report that moved ${Date.now()}`;
      const created = await page.request.post('/api/sources', {
        headers: { origin: baseURL! },
        data: { publisher: 'E2E wire', title, url: `${origin}/moved-${Date.now()}` },
      });
      expect(created.status(), await created.text()).toBe(201);
      const { id } = await created.json();
      const checked = await page.request.post(`/api/sources/${id}/check`, {
        headers: { origin: baseURL! },
      });
      expect(checked.status(), await checked.text()).toBe(200);
      expect((await checked.json()).dead).toBe(true);

      await page.goto('/');
      const dead = page.getByRole('region', { name: 'Dead source links' });
      await expect(dead).toContainText(/\d+ sources? flagged as dead/);
      const item = dead.getByRole('listitem').filter({ hasText: title });
      await expect(item).toContainText('404');
      await expectAccessible(page);
      await item.getByRole('link', { name: title }).click();
      await expect(page).toHaveURL(new RegExp(`/editor/sources/${id}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit source ${id}`);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('search results sorted oldest first, by a select that works without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search?q=troops');
    const sort = page.getByLabel('Sort results');
    await expect(sort).toHaveValue('relevance');
    await sort.selectOption({ label: 'Oldest first' });
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=troops&sort=oldest$/);
    await expect(page.getByLabel('Sort results')).toHaveValue('oldest');
    const dates = await page
      .getByRole('region', { name: 'Events' })
      .locator('time[datetime]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!.slice(0, 10)));
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort());
    const api = await (await page.request.get('/api/events?q=troops&sort=oldest&limit=8')).json();
    await expect(page.getByRole('region', { name: 'Events' }).getByRole('link').first()).toHaveText(
      api.items[0].title,
    );
    await context.close();
  });

  test('the overview passes axe at 1366 and 390 px, the phone stacking its cards by importance', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'The last 90 days' })).toBeVisible();
    await expectAccessible(page);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'The alliance network today' })).toBeVisible();
    await expectAccessible(page);
    const top = async (name: string) =>
      (await page.getByRole('region', { name, exact: true }).boundingBox())!.y;
    const order = [
      'What changed',
      'Key figures',
      'Your watchlist',
      'Where things stand',
      'Events by actor',
    ];
    const ys = [];
    for (const name of order) ys.push(await top(name));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });
});
