import type { Page } from '@playwright/test';

export const DAY = 86_400_000;

/** The window the timeline's status line shows, as epoch ms [start, end). */
export async function shownWindow(page: Page): Promise<{ start: number; end: number }> {
  const text = await page.getByText(/^\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d$/).textContent();
  const [from, to] = text!.split(' to ');
  return { start: Date.parse(`${from}T00:00:00Z`), end: Date.parse(`${to}T00:00:00Z`) + DAY };
}
