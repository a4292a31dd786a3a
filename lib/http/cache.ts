import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { getReaderDataFingerprint } from '../db/core/fingerprint.ts';

interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
}

// Public responses worth keeping whole (rendered charts, JSON pages), per data version and
// URL: a repeat is a memory copy. A write bumps the data version, so nothing stale is served.
const responses = new LRUCache<string, StoredResponse, () => Promise<StoredResponse>>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (r) => Math.max(1, r.body.byteLength),
  // Concurrent requests for the same URL share one build.
  fetchMethod: async (_key, _stale, { context }) => context(),
});

/**
 * Adds an ETag to a public GET response and answers 304 when the client's copy is current.
 * The tag hashes the data fingerprint and the full URL, so it changes when either does;
 * the body is never built for a 304. With `keep`, successful bodies are kept in memory
 * and served again until the data changes; only for bounded responses, never streams.
 * `version` replaces the data fingerprint for a response that does not come from the data
 * (the API description): a hash of its content.
 */
export async function withValidators(
  request: Request,
  build: () => Promise<Response>,
  options: { keep?: boolean; version?: string } = {},
): Promise<Response> {
  const url = new URL(request.url);
  const fingerprint = options.version ?? (await getReaderDataFingerprint());
  const key = `${fingerprint}|${url.pathname}?${url.searchParams}`;
  const etag = `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
  const headers = { ETag: etag, 'Cache-Control': 'public, max-age=0, must-revalidate' };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (matches(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  const response = options.keep
    ? fromStore(await responses.fetch(key, { context: () => store(build) }))
    : await build();
  // `*` matches any current representation, so it is known only once the response is built:
  // a URL that names nothing (404, 400) must not answer 304.
  if (ifNoneMatch?.trim() === '*' && response.status === 200) {
    await response.body?.cancel();
    return new Response(null, { status: 304, headers });
  }
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

async function store(build: () => Promise<Response>): Promise<StoredResponse> {
  const response = await build();
  // A thrown error (404, 400) rejects the fetch instead, and nothing is kept for it.
  return {
    status: response.status,
    headers: [...response.headers],
    body: new Uint8Array(await response.arrayBuffer()),
  };
}

function fromStore(stored: StoredResponse | undefined): Response {
  return new Response(stored!.body, { status: stored!.status, headers: stored!.headers });
}

function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
