import { iterateEvents } from '@/lib/db/events/export.ts';
import { env } from '@/lib/env.ts';
import { atomFeed } from '@/lib/feed/atom.ts';
import { langParam } from '@/lib/i18n/lang-param.ts';
import en from '@/messages/en/feed.json' with { type: 'json' };
import ko from '@/messages/ko/feed.json' with { type: 'json' };
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { eventFilterSchema, filterToParams } from '@/lib/schemas/event-query.ts';

const FEED_SIZE = 50;

// GET /feed.xml[?lang=ko]: Atom feed of the latest matching events (public)
export const GET = handler(async (request) => {
  const url = new URL(request.url);
  const filter = parseQuery(eventFilterSchema, url.searchParams);
  const lang = langParam(url.searchParams);
  const words = { en, ko }[lang];
  return withValidators(
    request,
    async () => {
      const siteUrl = (env.NEXTAUTH_URL ?? url.origin).replace(/\/$/, '');
      const query = filterToParams(filter);
      const qs = query.toString();
      if (lang !== 'en') query.set('lang', lang);
      const self = query.toString();
      const { value } = await iterateEvents(filter, FEED_SIZE, FEED_SIZE).next();
      const xml = atomFeed({
        siteUrl,
        selfUrl: `${siteUrl}/feed.xml${self ? `?${self}` : ''}`,
        title: qs ? words.filtered : words.latest,
        events: value ?? [],
        lang,
      });
      return new Response(xml, {
        headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
      });
    },
    { keep: true },
  );
});
