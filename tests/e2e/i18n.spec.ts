import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { englishLeft, englishMessages, openDrawn } from './english-left.ts';

// English at the addresses it always had, Korean under /ko: the language comes from the URL
// only (no redirect, no cookie), the header's switch keeps the view, and the browser's
// preference only suggests.

/** An event other tests leave alone, with quotes and sources. */
const EVENT = 'dprk-troops-shipped-to-vladivostok';
const EVENT_TITLE = /special forces shipped to Russia/;
const EVENT_TITLE_KO = '북한 특수부대 첫 병력, 러시아 극동으로 이송';

/**
 * The Korean pages translated so far: the walk for English left behind and axe run over
 * each. Add a page here once its strings are in the catalogues.
 */
const TRANSLATED = [
  '/ko',
  '/ko/timeline',
  `/ko/timeline?event=${EVENT}`,
  '/ko/timeline?lanes=actor&q=troops',
  `/ko/events/${EVENT}`,
  '/ko/search',
  '/ko/search?q=troops',
  '/ko/actors/KP',
  '/ko/charts/trade',
  '/ko/charts/trade?series=KP-CN,KP-RU&flow=export&axes=auto',
  '/ko/charts/trade?series=KP-XX',
  '/ko/charts/activity',
  '/ko/charts/activity?by=tag&bucket=month',
  '/ko/charts/estimates',
  '/ko/charts/estimates?asOf=2024-10-20',
  '/ko/embed/charts/trade',
  '/ko/embed/charts/activity',
  '/ko/embed/charts/estimates',
  '/ko/alliances',
  '/ko/alliances?at=2024-12-31&view=matrix',
  '/ko/alliances?at=2025-12-31&view=map',
  '/ko/alliances?at=2024-12-31&edge=KP-RU',
  '/ko/alliances?at=2024-12-31&edge=CN-KP&asOf=2025-01-31',
  '/ko/no-such-page',
];

test.describe('languages', () => {
  test('/ko and /ko/timeline are Korean; the English addresses stay English', async ({ page }) => {
    await page.goto('/ko');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Alliance Tracker — 동맹 추적',
    );
    await expect(page.getByRole('heading', { name: '행위자별 사건' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeVisible();

    await page.goto('/ko/timeline');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('타임라인');
    await expect(page.getByRole('button', { name: '확대', exact: true })).toBeVisible();

    await page.goto('/timeline');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  });

  test('a language that is not offered is a 404; /en/… goes to the English address', async ({
    request,
  }) => {
    expect((await request.get('/fr/timeline')).status()).toBe(404);
    expect((await request.get('/xx')).status()).toBe(404);
    const en = await request.get('/en/timeline', { maxRedirects: 0 });
    expect([307, 308]).toContain(en.status());
    expect(new URL(en.headers()['location'], 'http://x').pathname).toBe('/timeline');
  });

  test('Accept-Language: ko on / answers the English page, with no redirect and no cookie', async ({
    request,
  }) => {
    for (const url of ['/', '/timeline', '/ko/timeline']) {
      const res = await request.get(url, {
        headers: { 'accept-language': 'ko-KR,ko;q=0.9' },
        maxRedirects: 0,
      });
      expect(res.status(), url).toBe(200);
      expect(res.headers()['set-cookie'], url).toBeUndefined();
      expect(await res.text()).toContain(`<html lang="${url.startsWith('/ko') ? 'ko' : 'en'}"`);
    }
  });

  test.describe('a browser that prefers Korean', () => {
    test.use({ locale: 'ko-KR' });

    test('sees English at /, with a note offering the Korean page, until it dismisses it', async ({
      page,
    }) => {
      await page.goto('/timeline?actor=KP');
      const note = page.getByRole('note').filter({ hasText: '한국어로도' });
      await expect(note).toHaveText(/이 페이지는 한국어로도 볼 수 있습니다/);
      await expect(page).toHaveURL(/\/timeline\?actor=KP$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(note.getByRole('link', { name: '한국어로 보기' })).toHaveAttribute(
        'href',
        '/ko/timeline?actor=KP',
      );
      await note.getByRole('button', { name: '닫기' }).click();
      await expect(note).toHaveCount(0);
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Events by actor' })).toBeVisible();
      await expect(page.getByRole('note').filter({ hasText: '한국어로도' })).toHaveCount(0);
    });

    test('sees no note on Korean pages', async ({ page }) => {
      await openDrawn(page, '/ko');
      await expect(page.getByRole('note').filter({ hasText: 'English' })).toHaveCount(0);
    });
  });

  test('an English-preferring browser on a Korean page is offered the English one', async ({
    page,
  }) => {
    await page.goto('/ko/timeline');
    const note = page.getByRole('note').filter({ hasText: 'also available in English' });
    await expect(note.getByRole('link', { name: 'Read it in English' })).toHaveAttribute(
      'href',
      '/timeline',
    );
  });

  test('the switch keeps the filters, the window the reader zoomed to and the selected event', async ({
    page,
  }) => {
    await page.goto(`/timeline?actor=KP&start=2024-09-01&end=2024-12-31&event=${EVENT}`);
    await expect(page.getByRole('heading', { level: 2, name: EVENT_TITLE })).toBeVisible();
    // Zooming rewrites the window in the address without a navigation.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('start')).not.toBe('2024-09-01');
    const before = new URL(page.url()).searchParams;

    await page.getByRole('link', { name: '한국어' }).click();
    await expect(page).toHaveURL(/\/ko\/timeline\?/);
    const after = new URL(page.url()).searchParams;
    for (const name of ['actor', 'start', 'end', 'event'])
      expect(after.get(name), name).toBe(before.get(name));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    // The event's Korean title (prisma/seed/korean.json).
    await expect(page.getByRole('heading', { level: 2, name: EVENT_TITLE_KO })).toBeVisible();
    await expect(page.getByRole('link', { name: '사건 상세 페이지 열기' })).toHaveAttribute(
      'href',
      `/ko/events/${EVENT}`,
    );

    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/timeline\\?.*event=${EVENT}`));
    expect(new URL(page.url()).pathname).toBe('/timeline');
  });

  test('the switch keeps the hash; links inside a Korean page stay Korean', async ({ page }) => {
    await page.goto(`/events/${EVENT}#sources-heading`);
    await page.getByRole('link', { name: '한국어' }).click();
    await expect(page).toHaveURL(new RegExp(`/ko/events/${EVENT}#sources-heading$`));
    await expect(page.getByRole('heading', { name: '출처', exact: true })).toBeVisible();
    await page.getByRole('link', { name: '타임라인에서 보기' }).click();
    await expect(page).toHaveURL(/\/ko\/timeline\?focus=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('타임라인');
  });

  test.describe('every translated Korean page', () => {
    // Twenty-one pages, each walked, then checked by axe at two widths, on a loaded machine.
    test.describe.configure({ timeout: 360_000 });
    test.use({ locale: 'ko-KR' });

    test('shows no English interface string', async ({ page, request }) => {
      const messages = englishMessages();
      // Tag and actor names are content (from the data), not interface strings.
      const names = async (url: string) =>
        ((await (await request.get(url)).json()) as { items: { name: string }[] }).items.map(
          (i) => i.name,
        );
      const content = new Set([...(await names('/api/tags')), ...(await names('/api/actors'))]);
      expect(messages.length).toBeGreaterThan(100);
      for (const url of TRANSLATED) {
        await openDrawn(page, url);
        await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
        expect(await englishLeft(page, messages, content), url).toEqual([]);
      }
    });

    for (const width of [1366, 390]) {
      test(`passes axe at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        for (const url of TRANSLATED) {
          await openDrawn(page, url);
          await expectAccessible(page);
        }
      });
    }
  });

  test('the walk finds English left on a page', async ({ page }) => {
    // The same walk over an English page: it must find the English it shows.
    await openDrawn(page, '/timeline');
    const found = await englishLeft(page, englishMessages());
    expect(found.join('\n')).toContain('(en: timeline.title)');
    expect(found.join('\n')).toContain('(en: nav.overview)');
  });
});
