import { itemRoutes } from '@/lib/http/record-routes.ts';

export const dynamic = 'force-dynamic';

const routes = itemRoutes('source', 'id');

// GET /api/sources/[id]: one source, not trashed, cited by something public (public; editors see all)
export const GET = routes.GET;
// PATCH /api/sources/[id]: update the fields given, from `version` (editor); stale → 409 with the current source
export const PATCH = routes.PATCH;
// DELETE /api/sources/[id]: move to the trash (editor); restorable
export const DELETE = routes.DELETE;
