import http from 'node:http';

// TRACE never reaches proxy.ts or a route: Next turns every request into a fetch Request,
// whose constructor throws for TRACE (a "forbidden method"), and answers a bare 500. So the
// Node server answers it before Next sees it (instrumentation.ts installs this once).

/** A JSON error runs no script and is framed by nobody: the strictest policy fits it. */
const HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  Allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cache-Control': 'no-store',
};

const BODY = JSON.stringify({
  error: 'method_not_allowed',
  message: 'TRACE is not allowed here.',
});

let installed = false;

/** Makes every HTTP server in this process answer TRACE with a 405 before its own handler runs. */
export function refuseTrace(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (request.method === 'TRACE') {
        response.writeHead(405, HEADERS).end(BODY);
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
