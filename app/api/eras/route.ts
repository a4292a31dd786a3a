import { createRoute } from '@/lib/http/record-routes.ts';
import { listEras } from '@/lib/db/eras/reads.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler } from '@/lib/http/handler.ts';

// GET /api/eras: every era not in the trash, in order of start (public)
export const GET = handler(async (request) =>
  withValidators(request, async () => Response.json({ items: await listEras() })),
);

// POST /api/eras: create (editor); a slug already taken → 409 naming `slug`
export const POST = createRoute('era');
