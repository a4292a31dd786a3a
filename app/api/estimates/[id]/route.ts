import { itemRoutes } from '@/lib/http/record-routes.ts';

export const dynamic = 'force-dynamic';

const routes = itemRoutes('estimate', 'id');

// GET /api/estimates/[id]: one estimate, not trashed, of no event or a published one (public; editors see all)
export const GET = routes.GET;
// PATCH /api/estimates/[id]: update the fields given, from `version` (editor); stale → 409 with the current estimate
export const PATCH = routes.PATCH;
// DELETE /api/estimates/[id]: move to the trash (editor); restorable
export const DELETE = routes.DELETE;
