import { createRoute } from '@/lib/http/record-routes.ts';
import { listActors } from '@/lib/db/actors/directory.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler } from '@/lib/http/handler.ts';

// GET /api/actors: every actor with its number of published events (public)
export const GET = handler(async (request) =>
  withValidators(request, async () => Response.json({ items: await listActors() })),
);

// POST /api/actors: create (editor); a code already taken → 409 naming `code`
export const POST = createRoute('actor');
