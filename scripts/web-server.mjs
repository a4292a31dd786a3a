// The web server `npm start` runs (`node scripts/web-server.mjs --port 3000 [--dev]`): Next's
// own request handling behind a plain Node HTTP server, as `next start` / `next dev` would
// serve it, plus one thing they cannot do: tell the app who is on the other end of the
// socket. A Next route handler sees only a Web Request, without the socket, and Next's
// X-Forwarded-For is whatever the client sent when it sent one. So every request gets the
// socket's address and scheme in two headers, after any copy the client sent is removed;
// lib/auth/client-address.ts reads them (same names there), and believes them only because
// this process marks itself below. It also answers TRACE itself: Next turns every request
// into a fetch Request, whose constructor throws for TRACE (a "forbidden method"), so Next
// would answer a bare 500 without the security headers. Plain JavaScript: it runs in
// Next's own Node process. And a page whose data could not be read because the database is
// out of reach goes out as 503 with Retry-After, not 500: lib/db/core/unavailable.ts marks
// the request (through the AsyncLocalStorage below, same symbol) and writeHead turns the
// error boundary's 500 into 503 (and a permanent redirect into a 301, see adjustStatus).
// It also compresses responses (as Next would), makes server-action forms valid HTML, and
// answers repeated public reads and build assets from memory (scripts/public-cache.mjs).
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer } from 'node:http';
import { StringDecoder } from 'node:string_decoder';
import compression from 'compression';
import { isSignedOutRead, serveFromMemory } from './public-cache.mjs';
import next from 'next';

const PEER_ADDRESS_HEADER = 'x-alliance-peer-address';
const PEER_PROTO_HEADER = 'x-alliance-peer-proto';
const PEER_STAMPED = Symbol.for('alliance-tracker.peer-headers-stamped');
const REQUEST_FAULTS = Symbol.for('alliance-tracker.request-faults');
const RETRY_AFTER_SECONDS = '5';

const args = process.argv.slice(2);
const dev = args.includes('--dev');
const port = Number(args[args.indexOf('--port') + 1]);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error('Usage: node scripts/web-server.mjs --port <port> [--dev]');
  process.exit(2);
}

/** A JSON error runs no script and is framed by nobody: the strictest policy fits it. */
const TRACE_REFUSAL = {
  headers: {
    'Content-Type': 'application/json; charset=utf-8',
    Allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cache-Control': 'no-store',
  },
  body: JSON.stringify({ error: 'method_not_allowed', message: 'TRACE is not allowed here.' }),
};

/** Replaces whatever the client sent under these names with what the socket says. */
function stampPeer(req) {
  delete req.headers[PEER_ADDRESS_HEADER];
  delete req.headers[PEER_PROTO_HEADER];
  if (req.socket.remoteAddress) req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress;
  req.headers[PEER_PROTO_HEADER] = req.socket.encrypted ? 'https' : 'http';
}

/**
 * Answers a request marked "database unavailable" with 503 where Next would send 500, and a
 * permanent redirect of a GET or HEAD (a merged event's old address) with 301, not Next's
 * 308: the same for those methods, and the status every crawler and link checker knows.
 */
function adjustStatus(req, res, fault) {
  const writeHead = res.writeHead;
  const safe = req.method === 'GET' || req.method === 'HEAD';
  res.writeHead = function (status, ...rest) {
    if (status === 308 && safe) {
      if (typeof rest[0] === 'string') rest.shift();
      return writeHead.call(this, 301, ...rest);
    }
    if (fault.databaseUnavailable && status === 500) {
      res.setHeader('Retry-After', RETRY_AFTER_SECONDS);
      res.setHeader('Cache-Control', 'no-store');
      // A reason phrase given for 500 would be wrong for 503.
      if (typeof rest[0] === 'string') rest.shift();
      return writeHead.call(this, 503, ...rest);
    }
    return writeHead.call(this, status, ...rest);
  };
}

/**
 * React renders a form whose action is a server action with `action=""` (a button's with
 * `formaction=""`), which HTML forbids: the attribute, when present, must be a non-empty URL
 * (without it a form posts to its own page, which is what the empty one means). This drops
 * them from streamed HTML, holding back a tag cut between two chunks until it is whole.
 */
function dropEmptyFormActions(res) {
  const { write, end } = res;
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let html = null;
  const isHtml = () =>
    (html ??=
      String(res.getHeader('content-type') ?? '').startsWith('text/html') &&
      !res.hasHeader('content-length'));
  const fix = (text) =>
    text.replace(/(<(?:form|button|input)\b[^<>]*?) (?:action|formaction)=""/gi, '$1');
  const take = (chunk) =>
    chunk == null
      ? ''
      : typeof chunk === 'string'
        ? chunk
        : decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  res.write = function (chunk, encoding, cb) {
    if (!isHtml()) return write.call(this, chunk, encoding, cb);
    let text = carry + take(chunk);
    const open = text.lastIndexOf('<');
    carry = open !== -1 && text.indexOf('>', open) === -1 ? text.slice(open) : '';
    if (carry) text = text.slice(0, open);
    return write.call(this, fix(text), 'utf8', typeof encoding === 'function' ? encoding : cb);
  };
  res.end = function (chunk, encoding, cb) {
    if (!isHtml()) return end.call(this, chunk, encoding, cb);
    if (typeof chunk === 'function') [chunk, cb] = [undefined, chunk];
    if (typeof encoding === 'function') cb = encoding;
    const text = carry + take(chunk) + decoder.end();
    carry = '';
    return end.call(this, fix(text), 'utf8', cb);
  };
}

// Next's own compression is off (next.config.mjs): it would wrap the response outside
// dropEmptyFormActions, which would then see gzip. The same middleware Next uses, applied
// here first, compresses what comes out of it.
const compress = compression();

const faults = new AsyncLocalStorage();
globalThis[REQUEST_FAULTS] = faults;
globalThis[PEER_STAMPED] = true;
const app = next({ dev, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer(async (req, res) => {
  if (req.method === 'TRACE') {
    res.writeHead(405, TRACE_REFUSAL.headers).end(TRACE_REFUSAL.body);
    return;
  }
  stampPeer(req);
  // The request's state, shared with the app through `faults`: whether it met an unreachable
  // database, and whether it is a public read (lib/db/core/replica.ts: with a replica set, its
  // reads happen in one snapshot there, ended by `onEnd` once the response is done).
  const fault = { databaseUnavailable: false, publicRead: isSignedOutRead(req), onEnd: [] };
  res.once('close', () => {
    const ends = fault.onEnd;
    fault.onEnd = null; // a read after this (none should come) goes to the primary
    ends.forEach((end) => end());
  });
  adjustStatus(req, res, fault);
  try {
    await faults.run(fault, async () => {
      // Before compression: the bytes kept are the ones sent (see public-cache.mjs).
      if (!dev && (await serveFromMemory(req, res))) return;
      compress(req, res, () => {});
      dropEmptyFormActions(res);
      await handle(req, res);
    });
  } catch (err) {
    // As `next start` answers a failure outside the app's own error handling.
    console.error(`Failed to handle request for ${req.url}`, err);
    if (!res.headersSent) res.statusCode = 500;
    res.end('Internal Server Error');
  }
});

let closing = false;
async function close() {
  if (closing) return;
  closing = true;
  server.close();
  await app.close().catch((err) => console.error(err));
  process.exit(0);
}
process.on('SIGTERM', close);
process.on('SIGINT', close);

server.on('error', (err) => {
  console.error(`The web server could not start: ${err.message}`);
  process.exit(1);
});
server.listen(port, () => console.log(`Web server listening on port ${port}.`));
