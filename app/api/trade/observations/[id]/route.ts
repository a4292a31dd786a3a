import { itemRoutes } from '@/lib/http/record-routes.ts';

export const dynamic = 'force-dynamic';

const routes = itemRoutes('trade', 'id');

// GET /api/trade/observations/[id]: one trade observation, not trashed (public)
export const GET = routes.GET;
// PATCH /api/trade/observations/[id]: update the fields given, from `version` (editor); stale → 409 with the current trade observation
export const PATCH = routes.PATCH;
// DELETE /api/trade/observations/[id]: move to the trash (editor); restorable
export const DELETE = routes.DELETE;
