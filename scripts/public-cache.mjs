// Whole public responses kept in the web server's memory, in front of Next, per data version:
// a repeat of a reader's GET is answered from here without rendering anything. The key holds
// the reader data fingerprint (lib/db/core/fingerprint.ts, bumped at commit by every write
// to what readers see), so a write is visible on the next request, as with the route
// handlers' own response cache (lib/http/cache.ts). What is never kept or served from here:
// anything with a session cookie or an API token (an editor reads the primary's latest,
// drafts included), client navigations (RSC requests, which vary by router state),
// conditional and range requests, and any answer that is not a plain 200 without cookies.
// Plain JavaScript: it runs in Next's own Node process (scripts/web-server.mjs).
import { LRUCache } from 'lru-cache';

/** Registered by lib/db/core/fingerprint.ts once the app has loaded it. */
const FINGERPRINT = Symbol.for('alliance-tracker.reader-fingerprint');
/** Pages a reader sees the same whoever they are (their personal parts run in the browser). */
const PAGES = /^\/(?:|timeline|search|alliances|charts\/[^/]+|events\/[^/]+|actors\/[^/]+)$/;
/** API reads that say they are public (lib/http/cache.ts: `Cache-Control: public, …`). */
const API = /^\/api\/(?!auth\/|health$)/;
const MAX_BODY = 2 * 1024 * 1024;
export const CACHE_HEADER = 'x-alliance-cache';

const store = new LRUCache({
  maxSize: 48 * 1024 * 1024,
  sizeCalculation: (entry) => Math.max(1, entry.body.byteLength),
});

/** Whether this request may be answered by, and its answer kept in, the cache. */
function eligible(req) {
  if (req.method !== 'GET') return false;
  const h = req.headers;
  if (h.authorization || h.rsc || h['next-action'] || h.range) return false;
  if (h['if-none-match'] || h['if-modified-since']) return false;
  if (/(^|;\s*)(__Secure-)?next-auth\.session-token=/.test(h.cookie ?? '')) return false;
  const path = (req.url ?? '').split('?')[0];
  return PAGES.test(path) || API.test(path);
}

function keyOf(req, fingerprint) {
  const h = req.headers;
  // Pages print today's date in places (relations in force, "accessed on"): a new day, a new key.
  const day = new Date().toISOString().slice(0, 10);
  return [fingerprint, day, h['accept-encoding'], h.accept, h.host, req.url].join('|');
}

/**
 * Answers `req` from the cache when it can (true), else arranges for its answer to be kept
 * (false: the caller hands the request on). Call before anything else wraps `res.write`, so
 * the bytes kept are the ones that reach the socket (compressed, as sent).
 */
export async function servePublicCache(req, res) {
  const fingerprint = globalThis[FINGERPRINT];
  if (!fingerprint || !eligible(req)) return false;
  let key;
  try {
    key = keyOf(req, await fingerprint());
  } catch {
    return false; // the database is out of reach: the app answers (a 503)
  }
  const hit = store.get(key);
  if (hit) {
    res.writeHead(hit.status, { ...hit.headers, [CACHE_HEADER]: 'hit' });
    res.end(hit.body);
    return true;
  }
  keepAnswer(req, res, key);
  return false;
}

function keepAnswer(req, res, key) {
  const { write, end } = res;
  const chunks = [];
  let size = 0;
  const take = (chunk, encoding) => {
    if (chunk == null || typeof chunk === 'function' || size > MAX_BODY) return;
    const buf = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
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
    const path = (req.url ?? '').split('?')[0];
    const cacheControl = String(res.getHeader('cache-control') ?? '');
    const keep =
      res.statusCode === 200 &&
      size <= MAX_BODY &&
      !res.hasHeader('set-cookie') &&
      (PAGES.test(path) || /\bpublic\b/.test(cacheControl));
    if (keep) {
      const headers = { ...res.getHeaders() };
      for (const name of ['transfer-encoding', 'date', 'connection', 'keep-alive', CACHE_HEADER])
        delete headers[name];
      const body = Buffer.concat(chunks);
      headers['content-length'] = String(body.byteLength);
      store.set(key, { status: 200, headers, body });
    }
    return end.call(this, chunk, encoding, cb);
  };
}
