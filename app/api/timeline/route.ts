import { getTimeline } from '@/lib/db/timeline/window.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { timelineQuerySchema } from '@/lib/schemas/event-query.ts';

// GET /api/timeline: the events of a window, or per-lane density buckets when too many (public)
export const GET = handler(async (request) => {
  const query = parseQuery(timelineQuerySchema, new URL(request.url).searchParams);
  return withValidators(request, async () => Response.json(await getTimeline(query)), {
    keep: true,
  });
});
