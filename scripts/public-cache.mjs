// Whole responses kept in the web server's memory, in front of Next, as they were sent
// (compressed): a repeat is answered without rendering, reading or compressing anything.
// Two kinds:
// - build assets (/_next/static/): their names carry a hash, so a URL never changes; every
//   page view had them read from disk and compressed again (about 90 ms of this process's
//   time per /timeline view, spent while the page streams and hydrates);
// - public reads (reader pages, public API reads): kept per data version. The key holds the
//   reader data fingerprint (lib/db/core/fingerprint.ts, bumped at commit by every write to
//   what readers see), so a write is visible on the next request, as with the route
//   handlers' own response cache (lib/http/cache.ts). Never kept or served from here:
//   anything with a session cookie or an API token (an editor reads the latest, drafts
//   included) and client navigations (RSC requests, which vary by router state).
// Conditional and range requests, and any answer but a plain 200 without cookies, go the
// ordinary way. Plain JavaScript: it runs in Next's own Node process (web-server.mjs).
import { LRUCache } from 'lru-cache';

/** Registered by lib/db/core/fingerprint.ts once the app has loaded it. */
const FINGERPRINT = Symbol.for('alliance-tracker.reader-fingerprint');
const STATIC = /^\/_next\/static\//;
/**
 * Pages a reader sees the same whoever they are (their personal parts run in the browser),
 * in English or under /ko in Korean (the language is in the URL, never in a cookie).
 */
const PAGES =
  /^(?:\/ko)?\/(?:|timeline|search|alliances|charts\/[^/]+|events\/[^/]+|actors\/[^/]+)$|^\/ko$/;
/** API reads that say they are public (lib/http/cache.ts: `Cache-Control: public, …`). */
const API = /^\/api\/(?!auth\/|health$)/;
export const CACHE_HEADER = 'x-alliance-cache';

const store = new LRUCache({
  maxSize: 112 * 1024 * 1024,
  sizeCalculation: (entry) => Math.max(1, entry.body.byteLength),
});

const pathOf = (req) => (req.url ?? '').split('?')[0];

/** Neither conditional, partial nor a write. */
function plain(req) {
  const h = req.headers;
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    !h.range &&
    !h['if-none-match'] &&
    !h['if-modified-since']
  );
}

/**
 * A GET or HEAD without a session cookie or an API token: a reader's, answered from what
 * readers see (and, with a replica, read there; lib/db/core/replica.ts).
 */
export function isSignedOutRead(req) {
  const h = req.headers;
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    !h.authorization &&
    !/(^|;\s*)(__Secure-)?next-auth\.session-token(\.\d+)?=/.test(h.cookie ?? '')
  );
}

/** A reader's request: no session, no token, not a client navigation or a server action. */
function anonymousRead(req) {
  const h = req.headers;
  if (req.method !== 'GET' || !isSignedOutRead(req) || h.rsc || h['next-action']) return false;
  const path = pathOf(req);
  return PAGES.test(path) || API.test(path);
}

/**
 * The cache key of `req` as a function of the data version, or null when it is not to be
 * answered from or kept in memory.
 */
function keyOf(req) {
  if (!plain(req)) return null;
  const h = req.headers;
  if (STATIC.test(pathOf(req))) return () => ['static', h['accept-encoding'], req.url].join('|');
  if (!globalThis[FINGERPRINT] || !anonymousRead(req)) return null;
  // Pages print today's date in places (relations in force, "accessed on"): a new day, a new key.
  const day = new Date().toISOString().slice(0, 10);
  return (version) => [version, day, h['accept-encoding'], h.accept, h.host, req.url].join('|');
}

/**
 * Answers `req` from memory when it can (true), else arranges for its answer to be kept
 * (false: the caller hands the request on). Call before anything else wraps `res.write`, so
 * the bytes kept are the ones that reach the socket.
 */
export async function serveFromMemory(req, res) {
  const keyAt = keyOf(req);
  if (!keyAt) return false;
  const fingerprint = globalThis[FINGERPRINT];
  const isStatic = STATIC.test(pathOf(req));
  let key;
  try {
    // The latest version readers can see, read outside this request's snapshot (shared).
    key = keyAt(isStatic ? '' : await fingerprint.latest());
  } catch {
    return false; // the database is out of reach: the app answers (a 503)
  }
  // Requests for an answer being made wait for it rather than each making it again (a page
  // taking a second to render, asked sixteen times at once, is rendered once).
  if (!store.has(key) && making.has(key)) await making.get(key);
  const hit = store.get(key);
  if (hit) {
    res.writeHead(hit.status, { ...hit.headers, [CACHE_HEADER]: 'hit' });
    res.end(req.method === 'HEAD' ? undefined : hit.body);
    return true;
  }
  if (req.method !== 'GET' || making.has(key)) return false;
  // Kept under the version this request's data is read at (with a replica, in its snapshot,
  // which may be older or newer than the one looked up), so a key never names older data.
  let keepAs = key;
  if (!isStatic) {
    try {
      keepAs = keyAt(await fingerprint.exact());
    } catch {
      return false;
    }
  }
  keepAnswer(req, res, key, keepAs);
  return false;
}

/** Answers being made, by key: settled when the response ends, kept or not. */
const making = new Map();

function keepAnswer(req, res, key, keepAs) {
  let settle;
  making.set(
    key,
    new Promise((resolve) => {
      settle = resolve;
    }),
  );
  res.on('close', () => {
    making.delete(key);
    settle();
  });
  const { write, end } = res;
  const limit = STATIC.test(pathOf(req)) ? 8 * 1024 * 1024 : 2 * 1024 * 1024;
  const chunks = [];
  let size = 0;
  const take = (chunk, encoding) => {
    if (chunk == null || typeof chunk === 'function' || size > limit) return;
    // A copy (Buffer.from copies a view): the caller may reuse its buffer once written.
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
        : Buffer.from(chunk);
    size += buf.byteLength;
    chunks.push(buf);
  };
  res.setHeader(CACHE_HEADER, 'miss');
  res.write = function (chunk, encoding, cb) {
    take(chunk, encoding);
    return write.call(this, chunk, encoding, cb);
  };
  res.end = function (chunk, encoding, cb) {
    take(chunk, encoding);
    const path = pathOf(req);
    const cacheControl = String(res.getHeader('cache-control') ?? '');
    const keep =
      res.statusCode === 200 &&
      size <= limit &&
      res.hasHeader('content-type') &&
      !res.hasHeader('set-cookie') &&
      (STATIC.test(path) || PAGES.test(path) || /\bpublic\b/.test(cacheControl));
    if (keep) {
      const headers = { ...res.getHeaders() };
      for (const name of ['transfer-encoding', 'date', 'connection', 'keep-alive', CACHE_HEADER])
        delete headers[name];
      const body = Buffer.concat(chunks);
      headers['content-length'] = String(body.byteLength);
      store.set(keepAs, { status: 200, headers, body });
    }
    return end.call(this, chunk, encoding, cb);
  };
}
