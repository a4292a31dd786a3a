import { getAllianceNetwork } from '@/lib/db/relations/reads.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { allianceQuerySchema } from '@/lib/schemas/alliance.ts';

export const dynamic = 'force-dynamic';

// GET /api/alliances?at=YYYY-MM-DD&from=YYYY-MM-DD&minEvents=N: the network on a date (public)
export const GET = handler(async (request) => {
  const query = parseQuery(allianceQuerySchema, new URL(request.url).searchParams);
  return withValidators(request, async () => {
    const network = await getAllianceNetwork(query.at, query.from, query.minEvents, query.asOf);
    return Response.json({
      at: query.at,
      from: query.from,
      minEvents: query.minEvents,
      ...network,
    });
  });
});
