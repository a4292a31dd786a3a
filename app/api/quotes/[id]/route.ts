import { itemRoutes } from '@/lib/http/record-routes.ts';

export const dynamic = 'force-dynamic';

const routes = itemRoutes('quote', 'id');

// GET /api/quotes/[id]: one quote, not trashed, of no event or a published one (public; editors see all)
export const GET = routes.GET;
// PATCH /api/quotes/[id]: update the fields given, from `version` (editor); stale → 409 with the current quote
export const PATCH = routes.PATCH;
// DELETE /api/quotes/[id]: move to the trash (editor); restorable
export const DELETE = routes.DELETE;
