import { createRoute } from '@/lib/http/record-routes.ts';
import { listEstimates } from '@/lib/db/estimates/reads.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { estimateQuerySchema } from '@/lib/schemas/estimate-query.ts';

// GET /api/estimates?quantity&asOf: the claims readers may see, oldest first, with the
// quantities there are (public)
export const GET = handler(async (request) => {
  const query = parseQuery(estimateQuerySchema, new URL(request.url).searchParams);
  return withValidators(request, async () => Response.json(await listEstimates(query)));
});

// POST /api/estimates: create (editor)
export const POST = createRoute('estimate');
