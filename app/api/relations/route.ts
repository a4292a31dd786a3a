import { requirePermission } from '@/lib/auth/session.ts';
import { listRelations } from '@/lib/db/relations/reads.ts';
import { createRelation } from '@/lib/db/relations/writes.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery, readJson } from '@/lib/http/handler.ts';
import { relationQuerySchema } from '@/lib/schemas/alliance.ts';
import { relationInputSchema } from '@/lib/schemas/relation.ts';

export const dynamic = 'force-dynamic';

// GET /api/relations?actor&at&kind: relations with their sources and events (public)
export const GET = handler(async (request) => {
  const query = parseQuery(relationQuerySchema, new URL(request.url).searchParams);
  return withValidators(request, async () => Response.json({ items: await listRelations(query) }));
});

// POST /api/relations: create (editor)
export const POST = handler(async (request) => {
  const user = await requirePermission('relations.write', request);
  const input = relationInputSchema.parse(await readJson(request));
  return Response.json(await createRelation(input, user.id), { status: 201 });
});
