import { getReaderDataFingerprint } from '@/lib/db/core/fingerprint.ts';
import { feedHorizon, listChanges } from '@/lib/db/changes/feed.ts';
import { env } from '@/lib/env.ts';
import { changesAtom } from '@/lib/feed/changes-atom.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler } from '@/lib/http/handler.ts';

const FEED_SIZE = 100;

// GET /changes.xml: the latest 100 changes readers can see, as Atom, newest first (public).
// Mirrors that must not miss one page through GET /api/changes instead.
export const GET = handler(async (request) => {
  const url = new URL(request.url);
  const version = `${await getReaderDataFingerprint()}|${await feedHorizon()}`;
  return withValidators(
    request,
    async () => {
      const siteUrl = (env.NEXTAUTH_URL ?? url.origin).replace(/\/$/, '');
      const page = await listChanges({ txid: '0', id: 0 }, FEED_SIZE, { latest: true });
      const xml = changesAtom({
        siteUrl,
        selfUrl: `${siteUrl}/changes.xml`,
        changes: page.items,
      });
      return new Response(xml, {
        headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
      });
    },
    { version },
  );
});
