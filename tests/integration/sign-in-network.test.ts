// Sign-in and sessions over real HTTP, against the app as `npm start` runs it (the built
// app behind scripts/web-server.mjs, with TRUSTED_PROXIES=127.0.0.2). Requests leave from
// different loopback addresses (127.0.0.x), so the server sees different socket peers.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { REFUSE_AFTER } from '../../lib/auth/throttle.ts';
import { findPort } from '../../scripts/lib/embedded-postgres.ts';

const database = `alliance_network_${process.pid}`;
const serverAdminUrl = inject('serverAdminUrl');
const ADMIN = { email: 'network-admin@example.org', password: 'network-admin-password-1' };
const PROXY = '127.0.0.2';

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let port: number;
let app: ChildProcess;
let output = '';

beforeAll(async () => {
  await admin(`CREATE DATABASE "${database}"`);
  port = await findPort();
  const url = new URL(serverAdminUrl);
  url.pathname = `/${database}`;
  app = spawn('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/start.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      PORT: String(port),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      TRUSTED_PROXIES: PROXY,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => (output += chunk.toString());
  app.stdout!.on('data', collect);
  app.stderr!.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    app.stdout!.on('data', () =>
      output.includes('Press Ctrl-C to stop.') ? resolve() : undefined,
    );
    app.once('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
}, 300_000);

afterAll(async () => {
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app.once('exit', resolve));
    app.kill('SIGTERM');
    await exited;
  }
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** One HTTP request to the app, from the given loopback address. */
function call(
  path: string,
  {
    from = '127.0.0.1',
    method = 'GET',
    headers = {},
    body,
  }: { from?: string; method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method, headers, localAddress: from },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The name=value pairs of a reply's Set-Cookie headers. */
function cookiesOf(reply: Reply): Record<string, string> {
  return Object.fromEntries(
    (reply.headers['set-cookie'] ?? []).map((c) => c.split(';')[0].split(/=(.*)/s).slice(0, 2)),
  );
}
const cookieHeader = (cookies: Record<string, string>) =>
  Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');

/** next-auth's CSRF token and its cookie, as the sign-in form fetches them. */
async function csrf(from: string, cookies: Record<string, string> = {}) {
  const reply = await call('/api/auth/csrf', { from, headers: { cookie: cookieHeader(cookies) } });
  return {
    token: JSON.parse(reply.text).csrfToken as string,
    cookies: { ...cookies, ...cookiesOf(reply) },
  };
}

/** A password sign-in as the sign-in form sends it; the session cookies when it worked. */
async function signIn(
  from: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const { token, cookies } = await csrf(from);
  const reply = await call('/api/auth/callback/credentials', {
    from,
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookieHeader(cookies),
      ...headers,
    },
    body: new URLSearchParams({ email, password, csrfToken: token, json: 'true' }).toString(),
  });
  const session = cookiesOf(reply)['next-auth.session-token'];
  return {
    status: reply.status,
    cookies: session ? { ...cookies, 'next-auth.session-token': session } : null,
  };
}

const origin = () => `http://127.0.0.1:${port}`;
const newEvent = (
  cookies: Record<string, string>,
  headers: Record<string, string> = {},
  from = '127.0.0.1',
) =>
  call('/api/events', {
    from,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookieHeader(cookies), ...headers },
    body: '{}',
  });

describe('the sign-in throttle over HTTP', () => {
  test('believes the socket, not X-Forwarded-For or a forged peer header, from a direct client', async () => {
    const from = '127.0.0.3';
    const spoof = (i: number) => ({
      'x-forwarded-for': `192.0.2.${i}`,
      'x-alliance-peer-address': `198.51.100.${i}`,
    });
    const failures = await Promise.all(
      Array.from({ length: REFUSE_AFTER }, (_, i) =>
        signIn(from, `invented-${i}@example.org`, 'wrong-password', spoof(i)),
      ),
    );
    expect(failures.map((f) => f.status)).toEqual(Array(REFUSE_AFTER).fill(401));
    const next = await signIn(from, 'invented-x@example.org', 'wrong-password', spoof(99));
    expect(next.status).toBe(429);
  }, 120_000);

  test('failures on invented e-mails from one address do not lock the admin out elsewhere', async () => {
    const admin = await signIn('127.0.0.4', ADMIN.email, ADMIN.password);
    expect(admin.cookies).not.toBeNull();
  });

  test('behind the trusted proxy, believes its X-Forwarded-For (right-most untrusted entry)', async () => {
    const via = (client: string) => ({ 'x-forwarded-for': `203.0.113.250, ${client}` });
    await Promise.all(
      Array.from({ length: REFUSE_AFTER }, (_, i) =>
        signIn(PROXY, `proxied-${i}@example.org`, 'wrong-password', via('198.51.100.7')),
      ),
    );
    expect((await signIn(PROXY, 'proxied-x@example.org', 'nope', via('198.51.100.7'))).status).toBe(
      429,
    );
    // Another client of the same proxy is not charged for it (a plain failed sign-in: 401).
    expect((await signIn(PROXY, 'proxied-y@example.org', 'nope', via('198.51.100.8'))).status).toBe(
      401,
    );
  }, 120_000);
});

describe('sessions and cross-site checks over HTTP', () => {
  test('cookie writes need this site as Origin; forwarded headers count from the trusted proxy only', async () => {
    const { cookies } = await signIn('127.0.0.5', ADMIN.email, ADMIN.password);
    expect((await newEvent(cookies!, { origin: origin() })).status).toBe(422);
    expect((await newEvent(cookies!)).status).toBe(403);
    expect((await newEvent(cookies!, { origin: `https://127.0.0.1:${port}` })).status).toBe(403);
    const forged = { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' };
    expect((await newEvent(cookies!, forged)).status).toBe(403);
    const proxied = {
      origin: 'https://public.example',
      'x-forwarded-host': 'public.example',
      'x-forwarded-proto': 'https',
    };
    expect((await newEvent(cookies!, proxied)).status).toBe(403);
    expect((await newEvent(cookies!, proxied, PROXY)).status).toBe(422);
  });

  test('after sign-out the old session cookie gets 401 from the API and the sign-in page from the editor', async () => {
    const { cookies } = await signIn('127.0.0.6', ADMIN.email, ADMIN.password);
    const tokensPage = () =>
      call('/editor/tokens', { from: '127.0.0.6', headers: { cookie: cookieHeader(cookies!) } });
    expect((await tokensPage()).status).toBe(200);

    const { token } = await csrf('127.0.0.6', cookies!);
    const signOut = await call('/api/auth/signout', {
      from: '127.0.0.6',
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: cookieHeader(cookies!),
      },
      body: new URLSearchParams({ csrfToken: token }).toString(),
    });
    expect(signOut.status).toBeLessThan(400);

    // The same cookie, replayed.
    const page = await tokensPage();
    expect(page.status).toBeGreaterThanOrEqual(300);
    expect(page.status).toBeLessThan(400);
    expect(page.headers.location).toMatch(/\/sign-in\?callbackUrl=/);
    expect((await newEvent(cookies!, { origin: origin() })).status).toBe(401);
    const session = await call('/api/auth/session', {
      headers: { cookie: cookieHeader(cookies!) },
    });
    expect(JSON.parse(session.text)).toEqual({});
  });

  test('a callbackUrl leading off the site is refused with 400 on next-auth routes, not 500', async () => {
    for (const target of ['javascript:alert(1)', 'https://evil.example/', '/\\evil.example']) {
      for (const path of ['/api/auth/signin', '/api/auth/session', '/api/auth/providers']) {
        const reply = await call(`${path}?callbackUrl=${encodeURIComponent(target)}`);
        expect(reply.status, `${path} ${target}`).toBe(400);
        expect(JSON.parse(reply.text)).toMatchObject({
          fields: { callbackUrl: expect.any(String) },
        });
      }
    }
    const ok = await call(`/api/auth/signin?callbackUrl=${encodeURIComponent('/editor')}`);
    expect(ok.status).toBe(302);
  });

  test('the sign-in page never hands the form a target off the site', async () => {
    for (const target of ['/%5Cevil.example', '/%09/evil.example', 'https%3A%2F%2Fevil.example']) {
      const page = await call(`/sign-in?callbackUrl=${target}`);
      expect(page.status).toBe(200);
      // The form's callbackUrl prop, in the page's React payload (the page's own URL, with
      // its query, is in there too).
      const props = [...page.text.matchAll(/\\?"callbackUrl\\?":\\?"([^"\\]*)/g)].map((m) => m[1]);
      expect(props.length).toBeGreaterThan(0);
      expect(new Set(props)).toEqual(new Set(['/']));
    }
  });
});
