import { iterateEvents } from '@/lib/db/events/export.ts';
import { env } from '@/lib/env.ts';
import { atomFeed } from '@/lib/feed/atom.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { eventFilterSchema, filterToParams } from '@/lib/schemas/event-query.ts';

const FEED_SIZE = 50;

// GET /feed.xml: Atom feed of the latest matching events (public)
export const GET = handler(async (request) => {
  const url = new URL(request.url);
  const filter = parseQuery(eventFilterSchema, url.searchParams);
  return withValidators(
    request,
    async () => {
      const siteUrl = (env.NEXTAUTH_URL ?? url.origin).replace(/\/$/, '');
      const qs = filterToParams(filter).toString();
      const { value } = await iterateEvents(filter, FEED_SIZE, FEED_SIZE).next();
      const xml = atomFeed({
        siteUrl,
        selfUrl: `${siteUrl}/feed.xml${qs ? `?${qs}` : ''}`,
        title: qs ? 'Alliance Tracker: filtered events' : 'Alliance Tracker: latest events',
        events: value ?? [],
      });
      return new Response(xml, {
        headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
      });
    },
    { keep: true },
  );
});
