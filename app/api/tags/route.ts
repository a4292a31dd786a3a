import { createRoute } from '@/lib/http/record-routes.ts';
import { listTags } from '@/lib/db/actors/directory.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler } from '@/lib/http/handler.ts';

// GET /api/tags: every tag with its number of published events (public)
export const GET = handler(async (request) =>
  withValidators(request, async () => Response.json({ items: await listTags() })),
);

// POST /api/tags: create (editor); a slug already taken → 409 naming `slug`
export const POST = createRoute('tag');
