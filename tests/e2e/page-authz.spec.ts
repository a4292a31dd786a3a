import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

// Every page under app/[locale]/editor and app/[locale]/admin, as found on disk, in both
// languages (English at its own address, Korean under /ko): a page added without its own
// permission check fails here. A layout's check is not enough (Next renders and streams the
// page even when its layout redirects), so each page is requested as it is, redirects not
// followed, and its body searched for records only editors or admins may see.

const APP = fileURLToPath(new URL('../../app/[locale]/', import.meta.url));
/** The [locale] segment filled: '' for English (no prefix), '/ko' for Korean. */
const LOCALE_PREFIXES = ['', '/ko'];
const PAGES = ['editor', 'admin'].flatMap((top) =>
  readdirSync(path.join(APP, top), { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'page.tsx')
    .map((file) =>
      [top, ...path.dirname(file).split(path.sep)]
        .filter((segment) => segment !== '.' && !/^\(.*\)$/.test(segment))
        .join('/'),
    )
    .map((route) => `/${route}`)
    .sort(),
);
const ROUTES = LOCALE_PREFIXES.flatMap((prefix) => PAGES.map((route) => prefix + route));
/** The route as written on disk, without its language prefix. */
const pageOf = (route: string) => route.replace(/^\/ko(?=\/)/, '');
/** The language prefix of a route ('' or '/ko'). */
const prefixOf = (route: string) => route.slice(0, route.length - pageOf(route).length);

const id = randomBytes(4).toString('hex');
const EDITOR = {
  email: `authz-editor-${id}@example.org`,
  name: `Authz Editor ${id}`,
  password: `authz-password-${id}`,
};
const BYSTANDER = {
  email: `authz-bystander-${id}@example.org`,
  name: `Authz Bystander ${id}`,
  password: `authz-password-${id}-2`,
};
const DRAFT = {
  slug: `authz-draft-${id}`,
  title: `Authz draft title ${id}`,
  oldNote: `Authz first note ${id}`,
  note: `Authz current note ${id}`,
};
const SOURCE_TITLE = `Authz source ${id}`;
const QUOTE_TEXT = `Authz quote ${id}`;

/** What a signed-in editor (admin, for /admin) must see on the page, by route. */
/** The Korean refusal's heading (messages/ko/admin.json). */
const ADMINS_ONLY_KO = '관리자 전용';

const SHOWS: Record<string, string[]> = {
  '/editor': [DRAFT.title],
  '/editor/events/[slug]': [DRAFT.title, DRAFT.note],
  '/editor/events/[slug]/history': [DRAFT.oldNote, DRAFT.note, EDITOR.name],
  '/editor/sources/[id]': [SOURCE_TITLE],
  '/editor/sources/[id]/history': [SOURCE_TITLE, EDITOR.name],
  '/editor/quotes/[id]': [QUOTE_TEXT],
  '/editor/quotes/[id]/history': [QUOTE_TEXT, EDITOR.name],
  '/admin/users': [BYSTANDER.email, EDITOR.email],
};

/** What no refused response may carry: the draft, its notes, accounts, authors, action forms. */
const SECRETS = [
  '$ACTION_',
  DRAFT.title,
  DRAFT.oldNote,
  DRAFT.note,
  SOURCE_TITLE,
  QUOTE_TEXT,
  EDITOR.name,
  EDITOR.email,
  BYSTANDER.name,
  BYSTANDER.email,
];

let editor: APIRequestContext;
let admin: APIRequestContext;
let editorPage: Page;
let contexts: BrowserContext[] = [];
/** A real record for each dynamic segment, by `<parent>/[param]`. */
const keys: Record<string, string> = {};
/** Ids of the account actions (role, password, disable) on the admin's /admin/users. */
let actionIds: string[] = [];

/** The URL of a route with each dynamic segment filled with a real record. */
function urlOf(route: string): string {
  const segments = route.split('/');
  return segments
    .map((segment, i) => {
      if (!segment.startsWith('[')) return segment;
      const slot = `${segments[i - 1]}/${segment}`;
      const key = keys[slot];
      if (!key) throw new Error(`No record to fill ${slot} in ${route}: add one in beforeAll.`);
      return encodeURIComponent(key);
    })
    .join('/');
}

const get = (request: APIRequestContext, url: string) => request.get(url, { maxRedirects: 0 });

/** Checked first, so a leak is reported even when the status is wrong too. */
async function expectNoSecrets(res: APIResponse) {
  const body = await res.text();
  expect([...SECRETS, ...actionIds].filter((s) => body.includes(s))).toEqual([]);
}

async function signInAs(page: Page, account: { email: string; password: string }) {
  await page.goto('/sign-in?callbackUrl=/editor');
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
}

async function createEditorAccount(page: Page, account: typeof EDITOR) {
  await page.goto('/admin/users');
  const form = page.getByRole('form', { name: 'Create an account' });
  await form.getByLabel('E-mail').fill(account.email);
  await form.getByLabel('Name').fill(account.name);
  await form.getByLabel('Role').selectOption('editor');
  await form.getByLabel('Password (12+ characters)').fill(account.password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toHaveText(`Created ${account.email}.`);
}

/** The key of the first record an editor's list page links to (seeded records). */
async function firstListed(segment: string): Promise<string> {
  const html = await (await get(editor, `/editor/${segment}`)).text();
  const keys = [...html.matchAll(new RegExp(`href="/editor/${segment}/([^"/?#]+)"`, 'g'))]
    .map((m) => decodeURIComponent(m[1]))
    .filter((k) => k !== 'new');
  expect(keys, `a record listed on /editor/${segment}`).not.toEqual([]);
  return keys[0];
}

async function makeRecords(browser: Browser) {
  const adminContext = await browser.newContext();
  const editorContext = await browser.newContext();
  contexts = [adminContext, editorContext];
  const adminPage = await adminContext.newPage();
  await signIn(adminPage);
  await createEditorAccount(adminPage, EDITOR);
  await createEditorAccount(adminPage, BYSTANDER);
  admin = adminContext.request;

  editorPage = await editorContext.newPage();
  await signInAs(editorPage, EDITOR);
  editor = editorContext.request;

  // The editor writes through the API with a token, so its revisions name the editor.
  await editorPage.goto('/editor/tokens');
  await editorPage.getByLabel('Token name').fill('page authz');
  await editorPage.getByRole('button', { name: 'Create token' }).click();
  const token = await editorPage.getByLabel('Token', { exact: true }).inputValue();
  const headers = { authorization: `Bearer ${token}` };
  const post = async (url: string, data: object, method: 'post' | 'patch' = 'post') => {
    const res = await editor[method](url, { headers, data });
    expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as Record<string, unknown>;
  };

  const source = await post('/api/sources', {
    publisher: 'Authz wire',
    title: SOURCE_TITLE,
    url: `https://example.org/authz-${id}`,
    reliability: 'C',
  });
  const quote = await post('/api/quotes', {
    speaker: 'Authz speaker',
    text: QUOTE_TEXT,
    sources: [source.id],
  });
  await post('/api/events', {
    slug: DRAFT.slug,
    title: DRAFT.title,
    date: '2024-11-05',
    publication: 'draft',
    notes: DRAFT.oldNote,
    actors: [{ code: 'KP' }],
  });
  // A second revision: the history page shows the first note as changed.
  await post(`/api/events/${DRAFT.slug}`, { notes: DRAFT.note, version: 1 }, 'patch');

  keys['events/[slug]'] = DRAFT.slug;
  keys['sources/[id]'] = String(source.id);
  keys['quotes/[id]'] = String(quote.id);
  keys['actors/[code]'] = await firstListed('actors');
  keys['tags/[slug]'] = await firstListed('tags');
  keys['trade/[id]'] = await firstListed('trade');
  keys['relations/[key]'] = await firstListed('relations');
  keys['eras/[slug]'] = await firstListed('eras');
  keys['estimates/[id]'] = await firstListed('estimates');
  keys['event-links/[id]'] = await firstListed('event-links');

  // Server action ids travel in the page as 40+ hex digits; the admin's page holds the
  // account actions, bound to each account.
  const users = await (await get(admin, '/admin/users')).text();
  actionIds = [...new Set(users.match(/\b[0-9a-f]{40,}\b/g) ?? [])];
  expect(actionIds.length, 'server action ids on /admin/users').toBeGreaterThanOrEqual(4);
}

/** HTML forbids an empty action or formaction (React renders one for a server action). */
function expectValidFormActions(body: string) {
  expect(body.match(/<(?:form|button|input)\b[^>]*\s(?:action|formaction)=""/gi)).toBeNull();
}

test.describe('editor and admin pages', () => {
  test.describe.configure({ timeout: 150_000 });

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(150_000);
    await makeRecords(browser);
  });

  test.afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  test('every page under app/[locale]/editor and app/[locale]/admin is found on disk', () => {
    expect(ROUTES).toContain('/editor');
    expect(ROUTES).toContain('/ko/editor');
    expect(ROUTES).toContain('/editor/events/[slug]/history');
    expect(ROUTES).toContain('/admin/users');
    expect(PAGES.length).toBeGreaterThan(25);
    expect(ROUTES.length).toBe(PAGES.length * 2);
  });

  for (const route of ROUTES) {
    test(`${route}: signed out, redirected to sign-in with no record in the body`, async ({
      request,
    }) => {
      const url = urlOf(route);
      const res = await get(request, url);
      await expectNoSecrets(res);
      expect(res.status()).toBe(307);
      // Back to this very page after sign-in, not to wherever a layout would send.
      // Korean pages send to the Korean sign-in.
      expect(res.headers()['location']).toBe(
        `${prefixOf(route)}/sign-in?callbackUrl=${encodeURIComponent(url)}`,
      );
    });

    if (pageOf(route).startsWith('/admin/')) {
      test(`${route}: a signed-in editor gets 403 "Admins only" with no record in the body`, async () => {
        const res = await get(editor, urlOf(route));
        await expectNoSecrets(res);
        expect(res.status()).toBe(403);
        // The refusal in the page's language.
        expect(await res.text()).toContain(
          route.startsWith('/ko/') ? ADMINS_ONLY_KO : 'Admins only',
        );
      });
      test(`${route}: an admin gets the page with its data`, async () => {
        const res = await get(admin, urlOf(route));
        expect(res.status()).toBe(200);
        const body = await res.text();
        for (const text of SHOWS[pageOf(route)] ?? []) expect(body).toContain(text);
        expectValidFormActions(body);
      });
    } else {
      test(`${route}: a signed-in editor gets the page with its data`, async () => {
        const res = await get(editor, urlOf(route));
        expect(res.status()).toBe(200);
        const body = await res.text();
        for (const text of SHOWS[pageOf(route)] ?? []) expect(body).toContain(text);
        expectValidFormActions(body);
      });
    }
  }

  test('an editor who opens the accounts page reads "Admins only" and sees no account', async () => {
    await editorPage.goto('/admin/users');
    await expect(editorPage.getByRole('heading', { level: 1, name: 'Admins only' })).toBeVisible();
    await expect(editorPage.getByText(BYSTANDER.email)).toHaveCount(0);
    await expectAccessible(editorPage);
  });
});
