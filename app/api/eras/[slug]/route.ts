import { itemRoutes } from '@/lib/http/record-routes.ts';

export const dynamic = 'force-dynamic';

const routes = itemRoutes('era', 'slug');

// GET /api/eras/[slug]: one era, not trashed (public)
export const GET = routes.GET;
// PATCH /api/eras/[slug]: update the fields given, from `version` (editor); stale → 409 with the current era
export const PATCH = routes.PATCH;
// DELETE /api/eras/[slug]: move to the trash (editor); restorable
export const DELETE = routes.DELETE;
