import { iterateEvents } from '@/lib/db/events/export.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { exportFileName, streamPages } from '@/lib/http/stream.ts';
import { eventFilterSchema } from '@/lib/schemas/event-query.ts';

// GET /api/events/export.json: every matching event in the API shape, as a JSON array, streamed (public)
export const GET = handler(async (request) => {
  const filter = parseQuery(eventFilterSchema, new URL(request.url).searchParams);
  return withValidators(request, async () => {
    let written = 0;
    const body = streamPages(
      iterateEvents(filter),
      (page) => page.map((e) => (written++ ? ',\n' : '') + JSON.stringify(e)).join(''),
      { head: '[\n', tail: '\n]\n' },
    );
    return new Response(body, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${exportFileName('events', 'json')}"`,
      },
    });
  });
});
