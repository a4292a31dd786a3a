import { itemRoutes } from '@/lib/http/record-routes.ts';

export const dynamic = 'force-dynamic';

const routes = itemRoutes('actor', 'code');

// GET /api/actors/[code]: one actor, not trashed (public)
export const GET = routes.GET;
// PATCH /api/actors/[code]: update the fields given, from `version` (editor); stale → 409 with the current actor
export const PATCH = routes.PATCH;
// DELETE /api/actors/[code]: move to the trash (editor); restorable
export const DELETE = routes.DELETE;
