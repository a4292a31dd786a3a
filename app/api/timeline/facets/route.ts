import { getFilterFacets } from '@/lib/db/timeline/facets.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { eventFilterSchema } from '@/lib/schemas/event-query.ts';

// GET /api/timeline/facets: events per actor and tag under the other active filters (public)
export const GET = handler(async (request) => {
  const filter = parseQuery(eventFilterSchema, new URL(request.url).searchParams);
  return withValidators(request, async () => Response.json(await getFilterFacets(filter)), {
    keep: true,
  });
});
