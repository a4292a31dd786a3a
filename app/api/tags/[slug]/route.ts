import { itemRoutes } from '@/lib/http/record-routes.ts';

export const dynamic = 'force-dynamic';

const routes = itemRoutes('tag', 'slug');

// GET /api/tags/[slug]: one tag, not trashed (public)
export const GET = routes.GET;
// PATCH /api/tags/[slug]: update the fields given, from `version` (editor); stale → 409 with the current tag
export const PATCH = routes.PATCH;
// DELETE /api/tags/[slug]: move to the trash (editor); restorable
export const DELETE = routes.DELETE;
