import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in.ts';

// Korean content on /ko pages: a record's Korean title or name where the seed gives one,
// else the English with a visible "not translated" mark; English pages show English only.

/** The seed's Korean (prisma/seed/korean.json), keyed by slug and code. */
const korean = JSON.parse(
  readFileSync(path.join(process.cwd(), 'prisma/seed/korean.json'), 'utf8'),
) as {
  events: Record<string, string>;
  summaries: Record<string, string>;
  actors: Record<string, string>;
  quantities: Record<string, string>;
};

const TRANSLATED = 'kim-putin-vostochny-summit';
const TRANSLATED_EN = 'Kim Jong Un and Putin meet at the Vostochny Cosmodrome';
/** Every seed event is translated: this one is made here, in English only. */
const UNTRANSLATED = 'e2e-english-only';
const UNTRANSLATED_EN = 'An English-only event, not yet translated';
const MARK_KO = '번역 없음';

test.describe('Korean content', () => {
  test('an event with a Korean title shows it on /ko, in lang="ko"', async ({ page }) => {
    const title = korean.events[TRANSLATED];
    expect(title, 'the seed still translates this event').toBeTruthy();
    await page.goto(`/ko/events/${TRANSLATED}`);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(title);
    await expect(h1.locator('[lang="ko"]')).toHaveText(title);
    await expect(page).toHaveTitle(new RegExp(title));
    // Its summary in Korean too, with no mark.
    const summary = page.getByRole('region', { name: '요약' });
    await expect(summary.locator('[lang="ko"]')).toContainText(
      korean.summaries[TRANSLATED].slice(0, 20),
    );
    await expect(summary.getByText(MARK_KO)).toHaveCount(0);
    // People with a Korean name show it in their chips.
    await expect(page.getByRole('list', { name: '인물' })).toContainText(korean.actors.P_PUTIN);
  });

  test('an event without a Korean title shows the English, marked not translated', async ({
    page,
  }) => {
    await signIn(page);
    const made = await page.request.post('/api/events', {
      headers: { origin: new URL(page.url()).origin },
      data: {
        slug: UNTRANSLATED,
        title: UNTRANSLATED_EN,
        summary: 'Entered in English by an editor in a hurry.',
        date: '2024-05-05',
        publication: 'published',
        actors: [{ code: 'KP' }],
      },
    });
    expect(made.status()).toBe(201);
    await page.goto(`/ko/events/${UNTRANSLATED}`);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1.locator('[lang="en"]')).toHaveText(UNTRANSLATED_EN);
    await expect(h1.getByText(MARK_KO)).toBeVisible();
  });

  test('the English pages show the English only', async ({ page }) => {
    await page.goto(`/events/${TRANSLATED}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TRANSLATED_EN);
    await expect(page.getByText(korean.events[TRANSLATED])).toHaveCount(0);
    await expect(page.getByText('not translated')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'People' })).not.toContainText(
      korean.actors.P_PUTIN,
    );
  });

  test('search results and the actor page use the Korean title and name', async ({ page }) => {
    await page.goto('/ko/search?q=Vostochny');
    // The events found (a quote found may link to the same event).
    await expect(
      page.getByRole('link', { name: korean.events[TRANSLATED], exact: true }).first(),
    ).toHaveAttribute('href', `/ko/events/${TRANSLATED}`);

    await page.goto('/ko/actors/P_PUTIN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(korean.actors.P_PUTIN);
  });

  test('the overview, the trade chart and the estimate tracker name actors and claims in Korean', async ({
    page,
  }) => {
    const quantity = korean.quantities['North Korean troops sent to Russia'];
    await page.goto('/ko');
    const figures = page.getByRole('region', { name: '주요 수치' });
    await expect(figures.getByRole('heading', { name: quantity })).toBeVisible();
    await expect(figures).toContainText('명');
    await expect(figures.getByRole('heading', { name: /^북한–중국/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /행위자별/ })).toContainText('러시아');

    await page.goto('/ko/charts/trade');
    await expect(page.getByRole('checkbox', { name: '북한–중국' })).toBeVisible();
    await page.goto('/ko/charts/estimates');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const claims = page.locator('table.estimate-table');
    await expect(claims).toContainText('미국');
    await expect(claims).toContainText(/최소 3,000명/);
    await expect(claims).not.toContainText('soldiers');
  });
});
