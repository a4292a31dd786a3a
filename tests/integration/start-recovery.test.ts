// `npm start` with its embedded PostgreSQL, and that server killed: pages and the API answer
// 503 with Retry-After (the designed page's digest, a JSON error), never 500; `npm start` restarts the
// server by itself, logs it, and the same web server serves again without being restarted.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findPort } from '../../scripts/lib/embedded-postgres.ts';

let dir: string;
let child: ChildProcess;
let output = '';
let base: string;

async function until(what: string, condition: () => boolean | Promise<boolean>, ms = 90_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The running postmaster's pid: the first line of postmaster.pid in its data folder. */
const postmasterPid = () =>
  Number(readFileSync(path.join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'alliance-start-recovery-'));
  chmodSync(dir, 0o755); // the postgres user (when run as root) must pass through
  const port = await findPort();
  base = `http://127.0.0.1:${port}`;
  child = spawn('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/start.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: undefined,
      EMBEDDED_PG_DIR: path.join(dir, 'data'),
      PORT: String(port),
      ADMIN_PASSWORD: undefined,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  await until('npm start to be ready', () => output.includes('Press Ctrl-C to stop.'), 240_000);
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start when its embedded PostgreSQL is killed', () => {
  test('answers 503 with a designed page and a JSON error while it is down, restarts it and serves again', async () => {
    expect((await fetch(`${base}/`)).status).toBe(200);
    process.kill(postmasterPid(), 'SIGKILL');

    const page = await fetch(`${base}/`);
    const api = await fetch(`${base}/api/events?limit=5&to=2024-12-30`);
    // The restart waits at least 250 ms and crash recovery takes longer: still down here.
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('5');
    // The page fails before its first byte, so Next sends its error document and the browser
    // renders app/error.tsx from the digest in it: the "Temporarily unavailable" page.
    expect(await page.text()).toContain('DATABASE_UNAVAILABLE');
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('5');
    expect((await api.json()).error).toBe('unavailable');

    await until('the restart logged', () => /running again/.test(output));
    expect(output).toMatch(/The embedded PostgreSQL exited \(SIGKILL\); restarting it\./);
    await until('the site serving again', async () => (await fetch(`${base}/api/health`)).ok);
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain(
      'Russia–DPRK Comprehensive Strategic Partnership Treaty enters into force',
    );
  }, 180_000);
});
