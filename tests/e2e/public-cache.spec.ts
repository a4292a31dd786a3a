import { expect, request as playwrightRequest, test } from '@playwright/test';
import { signIn } from './sign-in.ts';

// Repeated public reads are answered from the web server's memory (scripts/public-cache.mjs),
// never after the data changed, and never to a signed-in editor.

test('a repeated public read comes from memory until a write changes the data', async ({
  page,
  baseURL,
}) => {
  const reader = await playwrightRequest.newContext({ baseURL });
  const path = `/api/events?limit=3&sort=newest&q=cachecheck`;
  const first = await reader.get(path);
  expect(first.status()).toBe(200);
  // (Polled: a background write, such as a source link check, may change the data between.)
  await expect.poll(async () => (await reader.get(path)).headers()['x-alliance-cache']).toBe('hit');
  expect(await (await reader.get(path)).text()).toBe(await first.text());
  expect((await reader.get('/')).status()).toBe(200);
  await expect.poll(async () => (await reader.get('/')).headers()['x-alliance-cache']).toBe('hit');

  // An editor publishes an event: the very next public read sees it.
  await signIn(page);
  const title = `Cachecheck: a freshly published event ${Date.now()}`;
  const slug = `cachecheck-${Date.now()}`;
  // Dated today, as other tests' events: October 2024 is read label by label elsewhere.
  const created = await page.request.post('/api/events', {
    headers: { origin: baseURL! },
    data: {
      slug,
      title,
      date: new Date().toISOString().slice(0, 10),
      publication: 'published',
      actors: [{ code: 'KP' }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const after = await reader.get(path);
  expect(after.headers()['x-alliance-cache']).toBe('miss');
  expect(await after.text()).toContain(title);
  expect(await (await reader.get('/')).text()).toContain(title);

  // The editor's own reads never come from (or go into) the cache.
  const own = await page.request.get('/');
  expect(own.status()).toBe(200);
  expect(own.headers()['x-alliance-cache']).toBeUndefined();
  await reader.dispose();
  const trashed = await page.request.delete(`/api/events/${slug}`, {
    headers: { origin: baseURL! },
  });
  expect(trashed.status()).toBe(200);
});
