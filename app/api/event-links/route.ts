import { createRoute } from '@/lib/http/record-routes.ts';

// POST /api/event-links: link one event to an earlier one it responds to or follows from (editor);
// an unknown slug, a link of an event to itself or a second copy of a link → 422 naming the field
export const POST = createRoute('link');
