import { encodeCursor } from '@/lib/changes/cursor.ts';
import { getReaderDataFingerprint } from '@/lib/db/core/fingerprint.ts';
import { feedHorizon, listChanges } from '@/lib/db/changes/feed.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { changesQuerySchema } from '@/lib/schemas/changes.ts';

// GET /api/changes?since=<cursor>&limit: every change readers can see (creates, updates,
// status changes, trashes, restores, merges) after `since`, oldest first, a page at a
// time (public). The ETag stands for the data version and the feed's horizon together.
export const GET = handler(async (request) => {
  const query = parseQuery(changesQuerySchema, new URL(request.url).searchParams);
  const version = `${await getReaderDataFingerprint()}|${await feedHorizon()}`;
  return withValidators(
    request,
    async () => {
      const page = await listChanges(query.since, query.limit);
      return Response.json({ ...page, nextCursor: encodeCursor(page.nextCursor) });
    },
    { version },
  );
});
