import { expect, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../../playwright.config.ts';

/** Signs in as the e2e admin through the form and waits for the editor's home. */
export async function signIn(page: Page) {
  await page.goto('/sign-in?callbackUrl=/editor');
  await page.getByLabel('E-mail').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The sign-in URL itself ends in callbackUrl=/editor: wait for the editor's own heading.
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
}
