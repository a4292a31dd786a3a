import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// End-to-end tests drive Debian's Chromium (no browser download) against the real app
// started by `npm start` on a fresh embedded database, exactly as a newcomer runs it.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(
    `Chromium not found at ${CHROMIUM}: install it with \`apt-get install chromium\` (or set CHROMIUM_PATH).`,
  );
}

const PORT = Number(process.env.E2E_PORT ?? 3107);
const PG_DIR = path.join(os.tmpdir(), `alliance-e2e-pg-${PORT}`);
const EMPTY_PG_DIR = `${PG_DIR}-empty`;
/** A second server with nothing in its log (empty-site.spec.ts). */
export const E2E_EMPTY_URL = `http://127.0.0.1:${PORT + 1}`;
export const E2E_SITE_URL = 'https://alliance-tracker.example.org';
export const E2E_ADMIN = { email: 'e2e-admin@example.org', password: 'e2e-admin-password-123' };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], channel: undefined },
      testMatch: /reader\.spec\.ts/,
    },
  ],
  webServer: [
    {
      // A fresh database every run: the first-start path (migrate, seed, admin) is part of the test.
      command: `rm -rf ${PG_DIR} ${PG_DIR}.password && node_modules/.bin/tsx --conditions=react-server scripts/start.ts`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        PORT: String(PORT),
        EMBEDDED_PG_DIR: PG_DIR,
        ADMIN_EMAIL: E2E_ADMIN.email,
        ADMIN_PASSWORD: E2E_ADMIN.password,
        DATABASE_URL: '',
        // Exports must carry the public address, not the loopback one the tests browse.
        SITE_URL: E2E_SITE_URL,
        // The source archive test fetches from a local server the test starts.
        ARCHIVE_ALLOW_PRIVATE_ADDRESSES: 'true',
      },
    },
    {
      // The same app on an empty log (SEED=none), for the empty states: started once the
      // first is up, so that only one of them builds.
      command: `node tests/e2e/wait-for-url.mjs http://127.0.0.1:${PORT}/api/health && rm -rf ${EMPTY_PG_DIR} ${EMPTY_PG_DIR}.password && node_modules/.bin/tsx --conditions=react-server scripts/start.ts`,
      url: `${E2E_EMPTY_URL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      env: {
        PORT: String(PORT + 1),
        EMBEDDED_PG_DIR: EMPTY_PG_DIR,
        ADMIN_EMAIL: E2E_ADMIN.email,
        ADMIN_PASSWORD: E2E_ADMIN.password,
        DATABASE_URL: '',
        SITE_URL: E2E_SITE_URL,
        SEED: 'none',
      },
    },
  ],
});
