import { itemRoutes } from '@/lib/http/record-routes.ts';

export const dynamic = 'force-dynamic';

const routes = itemRoutes('link', 'id');

// GET /api/event-links/[id]: one link, while readers may see both its events (public)
export const GET = routes.GET;
// PATCH /api/event-links/[id]: update the fields given, from `version` (editor); stale → 409 with the current link
export const PATCH = routes.PATCH;
// DELETE /api/event-links/[id]: move to the trash (editor); restorable
export const DELETE = routes.DELETE;
