import { DatabaseUnavailable } from '../../errors.ts';

// Which failures of a database call mean "the server is not there or not answering" (a 503
// worth retrying) rather than a bug of ours (a 500). node-postgres, Prisma's pg adapter and
// Prisma itself each wrap the cause, so the whole chain is searched.

/** Socket errors, Prisma's connection codes and PostgreSQL's "going away / not yet up" states. */
const CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'P1001', // can't reach the server
  'P1002', // reached but timed out
  'P1008', // operation timed out
  'P1017', // server closed the connection
  'P2024', // timed out waiting for a connection from the pool
  'P2028', // transaction API error (its connection was lost or timed out)
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, in recovery)
  '57014', // query_canceled: DB_STATEMENT_TIMEOUT_MS reached
  '53300', // too_many_connections
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** Prisma's pg adapter's names for the same (DriverAdapterError's cause.kind). */
const KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

/**
 * node-postgres's own messages, which carry no code; and a replica's replay cancelling a
 * public read's query (SQLSTATE 40001, which alone would also mean a serialization failure).
 */
const MESSAGES =
  /Connection terminated|Query read timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection closed|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|statement timeout|Can't reach database server|Transaction already closed|Unable to start a transaction in the given time|conflict with recovery/i;

export function isDatabaseUnreachable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 6) return false;
  if (err instanceof DatabaseUnavailable) return true;
  const e = err as Record<string, unknown>;
  for (const key of ['code', 'originalCode', 'errorCode'] as const)
    if (typeof e[key] === 'string' && CODES.has(e[key])) return true;
  if (typeof e.kind === 'string' && KINDS.has(e.kind)) return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  return ['cause', 'meta', 'driverAdapterError'].some((key) =>
    isDatabaseUnreachable(e[key], depth + 1),
  );
}

/** The error to throw: an unreachable database as DatabaseUnavailable, anything else as it was. */
export function asUnavailable(err: unknown): unknown {
  if (err instanceof DatabaseUnavailable || !isDatabaseUnreachable(err)) return err;
  markRequestUnavailable();
  return new DatabaseUnavailable();
}

/**
 * Tells scripts/web-server.mjs (same process, same symbol) that this request met an
 * unreachable database, so a page's 500 from the error boundary goes out as 503 with
 * Retry-After. Its AsyncLocalStorage follows the request through Next's rendering.
 */
const REQUEST_FAULTS = Symbol.for('alliance-tracker.request-faults');
export function markRequestUnavailable(): void {
  const store = (
    globalThis as {
      [REQUEST_FAULTS]?: { getStore(): { databaseUnavailable?: boolean } | undefined };
    }
  )[REQUEST_FAULTS]?.getStore();
  if (store) store.databaseUnavailable = true;
}
