import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

// Links between events (issue #15): each event's page lists them both ways, the timeline
// draws an arrow between two linked events on screen, and editors add and remove links from
// the event editor. Seeded links about the UN Panel of Experts, which no other spec edits.

const VETO = 'russia-vetoes-un-panel-of-experts';
const PANEL = 'un-panel-of-experts-ceases';
const MSMT = 'msmt-launched';

const linkedEvents = (page: Page) => page.getByRole('region', { name: 'Linked events' });

test.describe('links between events', () => {
  test('an event page lists a seeded link both ways, each a link to the other event', async ({
    page,
  }) => {
    await page.goto(`/events/${PANEL}`);
    const links = linkedEvents(page);
    await expect(links.getByRole('heading', { name: 'Follows from' })).toBeVisible();
    await expect(links.getByRole('list', { name: 'Follows from' }).getByRole('link')).toHaveText([
      'Russia vetoes renewal of the UN 1718 Committee Panel of Experts',
    ]);
    await expect(links.getByRole('list', { name: 'Responses' }).getByRole('link')).toHaveText([
      'Multilateral Sanctions Monitoring Team (MSMT) launched in Seoul',
    ]);
    // The note says why, in the dataset's own words.
    await expect(links).toContainText('after the UN panel’s demise');
    await expectAccessible(page);

    await links.getByRole('link', { name: /MSMT/ }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${MSMT}$`));
    await expect(
      linkedEvents(page).getByRole('list', { name: 'Responds to' }).getByRole('link'),
    ).toHaveText(['UN Panel of Experts on North Korea ceases operations']);
    await expect(
      linkedEvents(page).getByRole('list', { name: 'Responds to' }).getByRole('listitem'),
    ).toContainText('April 2024');
  });

  test('the timeline draws an arrow between two linked events on screen, hidden from assistive tech', async ({
    page,
  }) => {
    await page.goto('/timeline?from=2024-03-01&to=2024-05-31');
    const chart = page.getByRole('region', { name: /^Timeline by/ });
    await expect(chart).toHaveAttribute('aria-busy', 'false');
    const drawing = page.getByTestId('timeline-drawing');
    const arrow = drawing.locator(`[data-link="${PANEL} follows_from ${VETO}"]`);
    await expect(arrow).toHaveCount(1);
    await expect(drawing.getByTestId('timeline-links')).toHaveAttribute('aria-hidden', 'true');
    // It runs from the veto's mark to the panel's end, left to right.
    const box = async (slug: string) =>
      (await drawing
        .locator(
          `g[data-slug="${slug}"] circle, g[data-slug="${slug}"] path, g[data-slug="${slug}"] rect`,
        )
        .first()
        .boundingBox())!;
    const [veto, panel, line] = [await box(VETO), await box(PANEL), (await arrow.boundingBox())!];
    expect(line.x).toBeGreaterThanOrEqual(veto.x - 1);
    expect(line.x + line.width).toBeLessThanOrEqual(panel.x + panel.width + 1);
    expect(line.width).toBeGreaterThan(20);

    // A window holding only one end draws no arrow.
    await page.goto('/timeline?from=2024-04-01&to=2024-05-31');
    await expect(chart).toHaveAttribute('aria-busy', 'false');
    await expect(drawing.locator(`g[data-slug="${PANEL}"]`).first()).toBeVisible();
    await expect(drawing.locator('[data-link]')).toHaveCount(0);
  });

  test('an editor adds a link from the event editor, is told what is wrong, and removes it', async ({
    page,
  }) => {
    const from = 'treaty-enters-into-force';
    const to = 'duma-ratifies-treaty';
    await signIn(page);
    await page.goto(`/editor/events/${from}`);
    const section = page.getByRole('region', { name: 'Linked events' });
    await section.getByRole('link', { name: 'Link to an event this one responds to' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New event link' })).toBeVisible();
    await expect(page.getByLabel('This event (slug)')).toHaveValue(from);

    await page.getByLabel('Earlier event (slug)').fill(from);
    await page.getByRole('button', { name: 'Create event link' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not saved' })).toBeVisible();
    await expect(page.getByLabel('Earlier event (slug)')).toHaveAccessibleDescription(
      /cannot be linked to itself/,
    );
    await expectAccessible(page);

    await page.getByLabel('Earlier event (slug)').fill(to);
    await page.getByRole('combobox', { name: 'Link' }).selectOption('follows_from');
    await page.getByLabel('Note').fill('The treaty took effect after Russia ratified it.');
    await page.getByRole('button', { name: 'Create event link' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');

    await page.goto(`/events/${from}`);
    await expect(
      linkedEvents(page).getByRole('list', { name: 'Follows from' }).getByRole('link'),
    ).toContainText([/State Duma ratifies/]);

    await page.goto(`/editor/events/${from}`);
    const item = section.getByRole('listitem').filter({ hasText: /State Duma ratifies/ });
    await expect(item).toContainText('Follows from');
    await item.getByRole('button', { name: /^Remove the link to/ }).click();
    await expect(page.getByRole('status')).toContainText('Removed link');
    await expect(
      section.getByRole('listitem').filter({ hasText: /State Duma ratifies/ }),
    ).toHaveCount(0);
    await page.goto(`/events/${from}`);
    await expect(page.getByRole('link', { name: /State Duma ratifies/ })).toHaveCount(0);
  });
});
