import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { englishLeft, englishMessages, openDrawn } from './english-left.ts';
import { signIn } from './sign-in.ts';

// The editor, admin and sign-in screens in Korean (/ko/editor/…): no English interface string
// left, and axe at desktop and phone widths, signed in as the e2e admin (and the sign-in page
// signed out). The records opened are the seed's, which other tests leave alone.

const EVENT = 'dprk-troops-shipped-to-vladivostok';

const EDITOR_PAGES = [
  '/ko/editor',
  '/ko/editor?view=trash',
  '/ko/editor?translation=missing-ko',
  '/ko/editor/events/new',
  `/ko/editor/events/${EVENT}`,
  `/ko/editor/events/${EVENT}/history`,
  '/ko/editor/sources',
  '/ko/editor/sources?view=trash',
  '/ko/editor/sources/links',
  '/ko/editor/quotes',
  '/ko/editor/estimates',
  '/ko/editor/actors',
  '/ko/editor/actors?filter=state',
  '/ko/editor/tags',
  '/ko/editor/trade',
  '/ko/editor/eras',
  '/ko/editor/event-links',
  '/ko/editor/relations',
  '/ko/editor/relations/new',
  '/ko/editor/sources/new',
  '/ko/editor/sources/1',
  '/ko/editor/actors/KP',
  '/ko/editor/actors/KP/history',
  '/ko/editor/trade/new',
  '/ko/editor/event-links/new',
  '/ko/editor/import',
  '/ko/editor/tokens',
  '/ko/admin/users',
];

/** A Korean page drawn (english-left.ts's openDrawn), in lang="ko". */
async function open(page: Page, url: string) {
  await openDrawn(page, url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
}

test.describe('the Korean editor', () => {
  // Some thirty pages, each walked and then checked by axe twice, on a loaded 2-core machine.
  test.describe.configure({ timeout: 480_000 });
  test.use({ locale: 'ko-KR' });

  test('signed out: the Korean sign-in page', async ({ page }) => {
    const messages = englishMessages();
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page, '/ko/sign-in');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('편집자 로그인');
      expect(await englishLeft(page, messages)).toEqual([]);
      await expectAccessible(page);
    }
    // A Korean editor page signed out goes to the Korean sign-in, which comes back to it.
    await page.goto('/ko/editor/tokens');
    await expect(page).toHaveURL(/\/ko\/sign-in\?callbackUrl=%2Fko%2Feditor%2Ftokens/);
  });

  test('shows no English interface string', async ({ page, request }) => {
    const messages = englishMessages();
    // Tag and actor names are content (from the data), not interface strings.
    const names = async (url: string) =>
      ((await (await request.get(url)).json()) as { items: { name: string }[] }).items.map(
        (i) => i.name,
      );
    const content = new Set([...(await names('/api/tags')), ...(await names('/api/actors'))]);
    await signIn(page);
    for (const url of EDITOR_PAGES) {
      await open(page, url);
      expect.soft(await englishLeft(page, messages, content), url).toEqual([]);
    }
  });

  for (const width of [1366, 390]) {
    test(`passes axe at ${width} px`, async ({ page }) => {
      await signIn(page);
      await page.setViewportSize({ width, height: 900 });
      for (const url of EDITOR_PAGES) {
        await open(page, url);
        await expectAccessible(page);
      }
    });
  }

  test('a bad date on the new-event form is refused in Korean, beside the field', async ({
    page,
  }) => {
    await signIn(page);
    await open(page, '/ko/editor/events/new');
    await page.getByRole('textbox', { name: '제목', exact: true }).fill('한국어 양식 시험');
    await page.getByLabel('슬러그(웹 주소)').fill('korean-form-bad-date');
    await page.getByRole('textbox', { name: '날짜', exact: true }).fill('2024-13-01');
    await page.getByRole('button', { name: '사건 만들기' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '문제가 있습니다' });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText('사건을 저장하지 못했습니다');
    await expect(page.locator('#f-date-error')).toHaveText(
      '날짜 2024-13-01: 13월은 없습니다(01~12월)',
    );
    // Still the Korean page: the form kept what was typed.
    await expect(page).toHaveURL(/\/ko\/editor\/events\/new/);
    await expect(page.getByLabel('슬러그(웹 주소)')).toHaveValue('korean-form-bad-date');
  });

  test('a save from a Korean form comes back to the Korean list, saying so in Korean', async ({
    page,
  }) => {
    await signIn(page);
    await open(page, '/ko/editor/tags/new');
    await page.getByRole('textbox', { name: '슬러그', exact: true }).fill('korean-editor-tag');
    await page.getByRole('textbox', { name: '이름', exact: true }).fill('한국어 편집기 태그');
    await page.getByRole('button', { name: '태그 만들기' }).click();
    await expect(page).toHaveURL(/\/ko\/editor\/tags\?saved=korean-editor-tag/);
    await expect(page.getByRole('status')).toContainText('저장했습니다.');
    // The row's button trashes it; the notice that follows is Korean too.
    await page.getByRole('button', { name: '휴지통으로 옮기기: 한국어 편집기 태그' }).click();
    await expect(page.getByRole('status')).toHaveText(
      '태그 korean-editor-tag을(를) 휴지통으로 옮겼습니다.',
    );
    await expect(page).toHaveURL(/\/ko\/editor\/tags\?/);
  });
});
