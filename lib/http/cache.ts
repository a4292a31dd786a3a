import { createHash } from 'node:crypto';
import { getReaderDataFingerprint } from '../db/fingerprint.ts';

/**
 * Adds an ETag to a public GET response and answers 304 when the client's copy is current.
 * The tag hashes the data fingerprint and the full URL, so it changes when either does;
 * the body is never built for a 304.
 */
export async function withValidators(request: Request, build: () => Promise<Response>): Promise<Response> {
  const url = new URL(request.url);
  const fingerprint = await getReaderDataFingerprint();
  const etag = `"${createHash('sha256').update(`${fingerprint}|${url.pathname}?${url.searchParams}`).digest('base64url').slice(0, 27)}"`;
  const headers = { ETag: etag, 'Cache-Control': 'public, max-age=0, must-revalidate' };
  if (matches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  const response = await build();
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
