import { listRelations } from '@/lib/db/alliances.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { relationQuerySchema } from '@/lib/schemas/alliance.ts';

export const dynamic = 'force-dynamic';

// GET /api/relations?actor&at&kind: relations with their sources and events (public)
export const GET = handler(async (request) => {
  const query = parseQuery(relationQuerySchema, new URL(request.url).searchParams);
  return Response.json({ items: await listRelations(query) });
});
