import { copyDocument, COPY_CSP } from '@/lib/archive/copy-page.ts';
import { getPublicSnapshot } from '@/lib/db/sources/snapshots.ts';
import { NotFound } from '@/lib/errors.ts';
import { handler } from '@/lib/http/handler.ts';
import { INT4_MAX } from '@/lib/schemas/common.ts';

type Ctx = { params: Promise<{ id: string }> };

// GET /archive/[id]: an archived copy of a source's page, from our store, with a banner and
// a CSP under which no script runs (public, for sources readers may see). A copy never
// changes, so its ETag is its SHA-256.
export const GET = handler<Ctx>(async (request, { params }) => {
  const { id } = await params;
  const n = /^\d{1,10}$/.test(id) ? Number(id) : NaN;
  const copy = n >= 1 && n <= INT4_MAX ? await getPublicSnapshot(n) : null;
  if (!copy) throw new NotFound('Archived copy');
  const etag = `"${copy.sha256.slice(0, 32)}"`;
  const headers = {
    ETag: etag,
    'Cache-Control': 'public, max-age=0, must-revalidate',
    'Content-Security-Policy': COPY_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers });
  const doc = copyDocument(copy);
  return new Response(doc.body as BodyInit, {
    headers: { ...headers, 'Content-Type': doc.contentType },
  });
});
