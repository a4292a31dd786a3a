// npm start (scripts/start.ts): database (embedded unless DATABASE_URL is set) → migrations → first-start
// seed and admin → build if the sources changed → the web server (scripts/web-server.mjs:
// Next's production server, plus the socket address for the app). Ctrl-C stops everything.
// npm run dev does the same with Next's dev server and no build.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { env } from '../../lib/env.ts';
import { openDatabase, type Database } from '../lib/database.ts';
import { assertPortFree } from '../lib/embedded-postgres.ts';
import { isBuildCurrent } from '../lib/build-state.ts';
import { buildApp } from '../lib/next-build.ts';
import { localSecret } from '../lib/secrets.ts';
import { prepareDatabase } from '../lib/setup.ts';

const isDev = process.argv.includes('--dev');
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

const WEB_SERVER = fileURLToPath(new URL('../web-server.mjs', import.meta.url));

async function stopWeb(web: ChildProcess | undefined): Promise<void> {
  if (!web || web.exitCode !== null || web.signalCode !== null) return;
  const exited = once(web, 'exit');
  web.kill('SIGTERM');
  const timer = setTimeout(() => web.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The web server exited (code ${child.exitCode}); see its output above.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function main(): Promise<void> {
  await assertPortFree(env.PORT, 'the web server (set PORT to use another)');
  const db: Database = await openDatabase(env);
  let web: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopWeb(web);
    await db.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  // The app answers 503 while it is away and reconnects by itself once it is back.
  db.keepRunning?.((line) => console.log(`${new Date().toISOString()} ${line}`));

  try {
    console.log(
      db.embedded
        ? `Embedded PostgreSQL running (data in ${env.EMBEDDED_PG_DIR}).`
        : 'Using the database at DATABASE_URL.',
    );
    if (env.DATABASE_REPLICA_URL)
      console.log(
        'Public reads on the replica at DATABASE_REPLICA_URL (the primary when it is out of reach).',
      );
    const { applied, seed, admin } = await prepareDatabase(db.url, {
      email: env.ADMIN_EMAIL,
      password: env.ADMIN_PASSWORD,
    });
    if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
    if (seed) console.log(seed.summary);

    if (!isDev && !isBuildCurrent()) {
      console.log('Building the app (first start or changed sources; about a minute)…');
      buildApp();
    }
    const siteUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
    // Node itself, not `npx`: a signal to npx does not always reach the server.
    const args = [WEB_SERVER, '--port', String(env.PORT), ...(isDev ? ['--dev'] : [])];
    web = spawn(process.execPath, args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        // What `next start` / `next dev` would set: React's production or development build.
        NODE_ENV: isDev ? 'development' : 'production',
        DATABASE_URL: db.url,
        NEXTAUTH_URL: siteUrl,
        NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? localSecret('nextauth-secret'),
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    web.on('exit', (code) => void shutdown(code ?? 0));
    await waitForHealth(`http://127.0.0.1:${env.PORT}/api/health`, web);

    console.log(`\nAlliance Tracker is ready at ${siteUrl} (${elapsed()})`);
    console.log(`Editor sign-in: ${siteUrl}/sign-in as ${admin.email}`);
    if (admin.generatedPassword) {
      console.log(
        `  password: ${admin.generatedPassword}   (shown once; keep it, or set ADMIN_PASSWORD on a fresh database)`,
      );
    }
    console.log('Press Ctrl-C to stop.');
  } catch (err) {
    stopping = true;
    await stopWeb(web);
    await db.stop();
    throw err;
  }
}
