import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

test.describe('citing an exact version', () => {
  test.describe.configure({ timeout: 150_000 });

  test('the "Cite this" link taken before an edit still shows the old version, marked as past', async ({
    page,
  }) => {
    // A published seed event: the first one the home page lists.
    await page.goto('/timeline');
    const first = page.locator('a[href^="/events/"]').first();
    const href = (await first.getAttribute('href'))!;
    const slug = decodeURIComponent(href.split('/events/')[1].split(/[?#]/)[0]);
    await page.goto(`/events/${slug}`);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const cite = page.getByRole('region', { name: 'Cite this' });
    await expect(cite.getByTestId('citation')).toContainText(title);
    await expect(cite.getByTestId('citation')).toContainText('Alliance Tracker, revision');
    await expect(page.getByRole('note', { name: 'Past version' })).toHaveCount(0);
    const permanent = cite.getByRole('link', { name: /\?rev=\d+$/ });
    const citedHref = (await permanent.getAttribute('href'))!;
    expect(citedHref).toMatch(new RegExp(`^/events/${slug}\\?rev=\\d+$`));
    await expectAccessible(page);

    // The BibTeX download names the same revision.
    const bib = await page.request.get(
      (await cite.getByRole('link', { name: 'BibTeX' }).first().getAttribute('href'))!,
    );
    expect(bib.status()).toBe(200);
    expect(await bib.text()).toContain(`?rev=${citedHref.split('rev=')[1]}`);

    await signIn(page);
    await page.goto(`/editor/events/${slug}`);
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(`${title} (corrected)`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');

    await page.goto(`/events/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (corrected)`);

    await page.goto(citedHref);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const banner = page.getByRole('note', { name: 'Past version' });
    await expect(banner).toContainText('Past version.');
    await expect(banner).toContainText(`revision ${citedHref.split('rev=')[1]}`);
    await expectAccessible(page);
    await banner.getByRole('link', { name: /Read the current version/ }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (corrected)`);
  });

  test('a revision that does not exist is not found', async ({ page }) => {
    await page.goto('/timeline');
    const href = (await page.locator('a[href^="/events/"]').first().getAttribute('href'))!;
    const response = await page.goto(`${href.split(/[?#]/)[0]}?rev=999999`);
    expect(response?.status()).toBe(404);
  });
});
