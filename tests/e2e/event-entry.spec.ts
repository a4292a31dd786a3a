import { expect, test, type Locator, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../../playwright.config.ts';
import { expectAccessible } from './axe.ts';

// Fast entry on /editor/events/new: the slug made from the title, dates typed as 2024-11,
// actors and tags by type-ahead, a source picked from the library, an actor created from
// the picker, and the error summary after a failed save.

async function signIn(page: Page) {
  await page.goto('/sign-in?callbackUrl=/editor');
  await page.getByLabel('E-mail').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
}

/** Drives the form as an editor would, counting every click and keystroke. */
function counted(page: Page) {
  const n = { clicks: 0, keys: 0 };
  return {
    n,
    click: async (l: Locator) => {
      n.clicks++;
      await l.click();
    },
    type: async (l: Locator, text: string) => {
      n.keys += text.length;
      await l.pressSequentially(text);
    },
    press: async (l: Locator, key: string) => {
      n.keys++;
      await l.press(key);
    },
    /** A native select: one click to open it, one to choose. */
    choose: async (l: Locator, value: string) => {
      n.clicks += 2;
      await l.selectOption(value);
    },
    page,
  };
}

const actorBox = (page: Page) => page.getByRole('combobox', { name: 'Add an actor' });

test.describe('fast event entry', () => {
  test.describe.configure({ timeout: 150_000 });

  test('logs the issue’s example event (2 actors, 1 tag, 1 source from the library, 1 quote) by keyboard', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/editor/events/new');
    const f = counted(page);
    const title = 'Austin: North Korean troops in Kursk';

    await f.click(page.getByRole('textbox', { name: 'Title', exact: true }));
    await f.type(page.getByRole('textbox', { name: 'Title', exact: true }), title);
    await expect(page.getByLabel('Slug (web address)')).toHaveValue(
      'austin-north-korean-troops-in-kursk',
    );
    await expect(
      page.getByText('“austin-north-korean-troops-in-kursk” is available'),
    ).toBeVisible();

    await f.click(page.getByRole('textbox', { name: 'Date', exact: true }));
    await f.type(page.getByRole('textbox', { name: 'Date', exact: true }), '2024-11');
    await f.choose(page.getByLabel('Publication'), 'published');

    // Actors by name: "lloyd" finds Lloyd Austin, "russia" finds Russia.
    await f.click(actorBox(page));
    await f.type(actorBox(page), 'lloyd');
    await expect(page.getByRole('option', { name: /Lloyd Austin/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expectAccessible(page); // the picker with its listbox open
    await f.press(actorBox(page), 'Enter');
    await f.type(actorBox(page), 'russia');
    await f.press(actorBox(page), 'Enter');
    const chosen = page.getByRole('list', { name: 'Chosen actors' });
    await expect(chosen.getByRole('listitem')).toHaveText([/Lloyd Austin/, /Russia/]);

    const tagBox = page.getByRole('combobox', { name: 'Add a tag' });
    await f.click(tagBox);
    await f.type(tagBox, 'milit');
    await f.press(tagBox, 'Enter');
    await expect(page.getByRole('list', { name: 'Chosen tags' })).toContainText('Military');

    // A source already on file, found by part of its URL.
    const library = page.getByRole('combobox', { name: 'Find source 1 on file' });
    await f.click(library);
    await f.type(library, 'mofa.go.kr/be');
    await expect(
      page.getByRole('option', { name: /Korea - NATO relations overview/ }),
    ).toContainText(/cited by [1-9]\d* event/);
    await f.press(library, 'Enter');
    await expect(page.getByLabel('Source 1 URL')).toHaveValue(
      'https://www.mofa.go.kr/be-en/wpge/m_7453/contents.do',
    );
    await f.choose(page.getByLabel('Source 1 credibility'), '2');

    await f.click(page.getByLabel('Quote 1 speaker', { exact: true }));
    await f.type(page.getByLabel('Quote 1 speaker', { exact: true }), 'Lloyd Austin');
    await f.click(page.getByLabel('Quote 1 text (verbatim)'));
    await f.type(
      page.getByLabel('Quote 1 text (verbatim)'),
      'We are seeing North Korean troops in Kursk.',
    );
    await f.click(page.getByRole('button', { name: 'Create event' }));
    await expect(page.getByRole('status')).toContainText('Saved.');

    test.info().annotations.push({
      type: 'effort',
      description: `${f.n.clicks} clicks, ${f.n.keys} keystrokes`,
    });
    console.log(`Example event: ${f.n.clicks} clicks, ${f.n.keys} keystrokes`);
    // The issue measured 22 clicks and 324 keystrokes with the old form.
    expect(f.n.clicks).toBeLessThan(22);
    expect(f.n.keys).toBeLessThan(200);

    const slug = 'austin-north-korean-troops-in-kursk';
    await page.goto(`/events/${slug}`);
    await expect(page.getByRole('main')).toContainText('November 2024');
    const event = await (await page.request.get(`/api/events/${slug}`)).json();
    expect(event).toMatchObject({ date: '2024-11-01', datePrecision: 'month', tags: ['military'] });
    expect(event.actors.map((a: { code: string }) => a.code).sort()).toEqual(['P_AUSTIN', 'RU']);
    // The seed's own source record (its key says so), not a copy; and still only one on file.
    expect(event.sources).toMatchObject([{ key: 'mofa_nato', credibility: 2 }]);
    await page.goto('/editor/sources?q=mofa.go.kr%2Fbe-en');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2); // header + one
  });

  test('creates an actor from the picker; a failed save shows a summary that links to each field and adds no rows', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/editor/events/new');
    await actorBox(page).fill('Kim Entry Drill');
    await expect(
      page.getByRole('option', { name: 'Create actor “Kim Entry Drill”…' }),
    ).toBeVisible();
    await actorBox(page).press('Enter');
    const panel = page.getByRole('group', { name: 'New actor' });
    await expect(panel.getByLabel('Code')).toHaveValue('KIM_ENTRY_DRILL');
    await panel.getByLabel('Kind').selectOption('person');
    await panel.getByRole('button', { name: 'Create actor' }).click();
    const chosen = page.getByRole('list', { name: 'Chosen actors' });
    await expect(chosen).toContainText('Kim Entry Drill');
    await expect(actorBox(page)).toBeFocused();
    // Backspace in the empty picker takes the last chip off; the type-ahead then finds the new actor.
    await actorBox(page).press('Backspace');
    await expect(chosen).toHaveCount(0);
    await actorBox(page).fill('entry dri');
    await actorBox(page).press('Enter');
    await expect(chosen).toContainText('Kim Entry Drill');

    // Two errors: a month that does not exist, and a source URL that is not one.
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Entry drill event');
    await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2024-13');
    await page.getByLabel('Source 1 publisher').fill('Drill Wire');
    await page.getByLabel('Source 1 title').fill('Drill report');
    await page.getByLabel('Source 1 URL').fill('drill-wire/report');
    const rows = () => page.getByLabel(/^Source \d+ publisher$/);
    const quotes = () => page.getByLabel(/^Quote \d+ speaker$/);
    await expect(rows()).toHaveCount(1);
    await expect(quotes()).toHaveCount(1);
    await page.getByRole('button', { name: 'Create event' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Date 2024-13 has no month 13: months run from 01 to 12',
      'Source 1: URL must start with http:// or https://',
    ]);
    await summary.getByRole('link', { name: /Source 1: URL/ }).click();
    await expect(page.getByLabel('Source 1 URL')).toBeFocused();
    await summary.getByRole('link', { name: /no month 13/ }).click();
    await expect(page.getByRole('textbox', { name: 'Date', exact: true })).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'Date', exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(
      page.getByRole('textbox', { name: 'Date', exact: true }),
    ).toHaveAccessibleDescription(/no month 13/);
    // Everything typed is kept, and no blank row was added.
    await expect(page.getByRole('textbox', { name: 'Date', exact: true })).toHaveValue('2024-13');
    await expect(page.getByLabel('Source 1 publisher')).toHaveValue('Drill Wire');
    await expect(chosen).toContainText('Kim Entry Drill');
    await expect(rows()).toHaveCount(1);
    await expect(quotes()).toHaveCount(1);
    await expectAccessible(page);

    // Fixed, it saves with the new actor.
    await expect(page.getByLabel('Slug (web address)')).toHaveValue('entry-drill-event');
    await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2024-12-02');
    await page.getByLabel('Source 1 URL').fill('https://example.org/drill-wire/report');
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');
    await page.goto('/editor/events/entry-drill-event');
    await expect(page.getByRole('list', { name: 'Chosen actors' })).toContainText(
      'Kim Entry Drill',
    );
    await expect(page.getByLabel('Source 1 reliability')).toHaveValue('');
    await expect(page.getByLabel('Slug (web address)')).toHaveValue('entry-drill-event');
  });
});
