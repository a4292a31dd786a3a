import 'server-only';
import type { Db } from './client.ts';

// Public reads on a streaming replica (DATABASE_REPLICA_URL). scripts/web-server.mjs decides
// once per request whether it is a public read (a GET or HEAD without a session cookie or an
// API token) and keeps that in the request's state (same symbol as there). Such a request
// reads everything — the public cache's key, the read cache's data version and the data —
// from one REPEATABLE READ snapshot on the replica, opened at its first read and ended when
// its response is done: never half old, half new, and every cache key is the version of the
// data kept under it, whatever the replica's lag. Everything else (writes, an editor's reads)
// goes to the primary, so an editor sees their own write at once.
//
// A replica that cannot be reached (refused, timed out, starting up) sends public reads to
// the primary for RETRY_MS, then the next public read tries it again; each change is logged
// once. A request only ever moves from the replica to the primary (newer data), never back.

const REQUEST_STATE = Symbol.for('alliance-tracker.request-faults');
const RETRY_MS = 5_000;

interface RequestState {
  /** Set by web-server.mjs: a signed-out GET or HEAD. */
  publicRead?: boolean;
  /** Called by web-server.mjs when the response is done (sent or abandoned). */
  onEnd?: (() => void)[];
  /** This request's reads, once its first read chose where they go (null: the primary). */
  reads?: Promise<Target> | null;
}

/** Where a public request's reads go: a transaction on the replica, or the primary itself. */
interface Target {
  db: Db;
  inSnapshot: boolean;
}

function requestState(): RequestState | undefined {
  const als = (globalThis as { [REQUEST_STATE]?: { getStore(): RequestState | undefined } })[
    REQUEST_STATE
  ];
  return als?.getStore();
}

// Per process, on globalThis: Next bundles this module more than once (pages, route
// handlers), and the replica is out of reach for all of them at once.
const replicaState = ((
  globalThis as { allianceReplicaState?: { down: boolean; retryAt: number } }
).allianceReplicaState ??= { down: false, retryAt: 0 });

function markDown(err: unknown) {
  replicaState.retryAt = Date.now() + RETRY_MS;
  if (replicaState.down) return;
  replicaState.down = true;
  const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
  console.error(
    `Public reads: the replica at DATABASE_REPLICA_URL does not answer (${why}); ` +
      'reading from the primary until it does.',
  );
}

/** False while the replica is taken as out of reach (public reads go to the primary). */
export function replicaReachable(): boolean {
  return Date.now() >= replicaState.retryAt;
}

function markUp() {
  if (!replicaState.down) return;
  replicaState.down = false;
  console.log('Public reads: the replica answers again; reading from it.');
}

/**
 * The database this request's reads go to when it is a public read and a replica is set:
 * a Db whose calls run in the request's snapshot on the replica (or on the primary while the
 * replica is out of reach). Null for any other request: the caller uses the primary.
 */
export function publicReadDb(replica: Db, primary: () => Db, waitMs: number): Db | null {
  const state = requestState();
  if (!state?.publicRead || !state.onEnd) return null;
  // Decided at the first read and kept: a request that began on the primary while the
  // replica was out of reach stays there (its cache keys may be newer than the replica).
  if (state.reads === undefined)
    state.reads =
      Date.now() < replicaState.retryAt
        ? null
        : openSnapshot(replica, primary, state.onEnd, waitMs);
  return state.reads && routed(state.reads);
}

/**
 * Opens a REPEATABLE READ transaction on the replica (read-only there: a standby takes no
 * writes) and holds it until the response ends. The backstop timeout only matters if a
 * response never ends; a query after it fails as "unavailable" (503).
 */
function openSnapshot(
  replica: Db,
  primary: () => Db,
  onEnd: (() => void)[],
  waitMs: number,
): Promise<Target> {
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  onEnd.push(end);
  return new Promise<Target>((resolve) => {
    let opened = false;
    replica
      .$transaction(
        async (tx) => {
          opened = true;
          markUp();
          resolve({ db: tx as Db, inSnapshot: true });
          await ended;
        },
        { isolationLevel: 'RepeatableRead', maxWait: waitMs, timeout: 10 * 60_000 },
      )
      .catch((err) => {
        // Once open, the response's own queries report any failure (as a 503).
        if (opened) return;
        markDown(err);
        resolve({ db: primary(), inSnapshot: false });
      });
  });
}

const cachedRouted = new WeakMap<Promise<Target>, Db>();

/**
 * A stand-in Db that sends each call to the request's target once known. Only what lib/db
 * does with getDb() is needed: model calls, raw queries and $transaction. Inside a snapshot a
 * nested $transaction is the snapshot itself; a batch (an array) is already running, so it is
 * awaited as it is. Cast to Db: it answers the same calls, with promises for results.
 */
function routed(reads: Promise<Target>): Db {
  const known = cachedRouted.get(reads);
  if (known) return known;
  const call =
    (pick: (db: Db) => (...args: unknown[]) => unknown) =>
    (...args: unknown[]) =>
      reads.then(({ db }) => pick(db)(...args));
  const db = new Proxy({} as Db, {
    get(_target, name) {
      if (typeof name !== 'string') return undefined;
      if (name === 'then') return undefined; // not a thenable itself
      if (name === '$transaction')
        return (work: unknown, options?: object) =>
          Array.isArray(work)
            ? Promise.all(work)
            : reads.then(({ db: target, inSnapshot }) =>
                inSnapshot
                  ? (work as (tx: Db) => unknown)(target)
                  : target.$transaction(work as never, options as never),
              );
      if (name.startsWith('$')) return call((target) => bound(target, name));
      return new Proxy(
        {},
        {
          get: (_m, method) =>
            typeof method === 'string'
              ? call((target) => bound((target as never)[name], method))
              : undefined,
        },
      );
    },
  });
  cachedRouted.set(reads, db);
  return db;
}

function bound(owner: unknown, name: string): (...args: unknown[]) => unknown {
  const fn = (owner as Record<string, (...args: unknown[]) => unknown>)[name];
  return fn.bind(owner);
}
