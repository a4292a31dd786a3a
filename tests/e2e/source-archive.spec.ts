import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

// The outside web is not reachable here: the page to archive comes from a local server
// started by this test (the e2e server allows private addresses for it).
const PAGE =
  '<!doctype html><html><head><title>Wire report</title></head><body>' +
  '<h1>Barracks seen near Kursk</h1><p id="text">Satellite images show new barracks.</p>' +
  '<script>document.getElementById("text").textContent = "a script ran"</script></body></html>';

let server: http.Server;
let origin: string;

test.beforeAll(async () => {
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test.describe('archiving a source', () => {
  test.describe.configure({ timeout: 150_000 });

  test('an editor archives a source; readers open its copy with a banner and no scripts', async ({
    page,
    baseURL,
  }) => {
    // A seeded published event and its first source with an address.
    const slug = 'us-austin-confirms-dprk-troops-rome';
    const event = await (await page.request.get(`/api/events/${slug}`)).json();
    const source = (event.sources as { title: string; url: string }[]).find((s) => s.url)!;

    await signIn(page);
    await page.goto('/editor/sources/links');
    const row = page.getByRole('row').filter({ hasText: source.url }).first();
    const id = Number((await row.getAttribute('id'))!.replace('source-', ''));
    // Point the source at the local page (as an editor correcting a moved link would).
    const current = await (await page.request.get(`/api/sources/${id}`)).json();
    const url = `${origin}/report-${id}`;
    const saved = await page.request.patch(`/api/sources/${id}`, {
      headers: { origin: baseURL! },
      data: { url, version: current.version },
    });
    expect(saved.status()).toBe(200);

    await page.goto('/editor/sources/links');
    await expectAccessible(page);
    await page.getByRole('button', { name: `Archive source ${id}`, exact: true }).click();
    await expect(page.getByRole('status')).toContainText(`Archived source ${id}`);
    const copyLink = page.locator(`#source-${id}`).getByRole('link', { name: /archived copy/ });
    await expect(copyLink).toBeVisible();

    // A reader sees the copy beside the source's link on the event page.
    await page.goto(`/events/${slug}`);
    const readerLink = page.getByRole('link', { name: /^archived copy \(\d{4}-\d{2}-\d{2}\)$/ });
    await expect(readerLink.first()).toBeVisible();
    await readerLink.first().click();
    await expect(page).toHaveURL(/\/archive\/\d+$/);
    await expect(page.getByRole('note', { name: 'Archived copy' })).toContainText(url);
    await expect(page.getByRole('heading', { name: 'Barracks seen near Kursk' })).toBeVisible();
    // The page's own script did not run.
    await expect(page.locator('#text')).toHaveText('Satellite images show new barracks.');
  });
});
