import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// Korean content on /ko pages: a record's Korean title or name where the seed gives one,
// else the English with a visible "not translated" mark; English pages show English only.

/** The seed's Korean titles and names (prisma/seed/korean.json), keyed by slug and code. */
const korean = JSON.parse(
  readFileSync(path.join(process.cwd(), 'prisma/seed/korean.json'), 'utf8'),
) as { events: Record<string, string>; actors: Record<string, string> };

/** Has a Korean title in the seed; no summary in Korean (the seed translates titles only). */
const TRANSLATED = 'kim-putin-vostochny-summit';
const TRANSLATED_EN = 'Kim Jong Un and Putin meet at the Vostochny Cosmodrome';
/** No Korean title in the seed. */
const UNTRANSLATED = 'dprk-border-closure-covid';
const UNTRANSLATED_EN = 'North Korea seals its border at the start of the COVID-19 pandemic';
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
    // Its summary has no Korean: the English, in lang="en", with the mark.
    const summary = page.getByRole('region', { name: '요약' });
    await expect(summary.getByText(MARK_KO)).toBeVisible();
    await expect(summary.locator('[lang="en"]')).toContainText(/armoured train/);
    // People with a Korean name show it in their chips.
    await expect(page.getByRole('list', { name: '인물' })).toContainText(korean.actors.P_PUTIN);
  });

  test('an event without a Korean title shows the English, marked not translated', async ({
    page,
  }) => {
    expect(korean.events[UNTRANSLATED]).toBeUndefined();
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
});
