import { listEvents } from '@/lib/db/event-list.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { eventQuerySchema } from '@/lib/schemas/event-query.ts';

// GET /api/events: filtered, keyset-paginated list of published events (public)
export const GET = handler(async (request) => {
  const query = parseQuery(eventQuerySchema, new URL(request.url).searchParams);
  return withValidators(request, async () => Response.json(await listEvents(query)));
});
