import { restoreRoute } from '@/lib/http/record-routes.ts';

// POST /api/event-links/[id]/restore: bring a trashed link back (editor)
export const POST = restoreRoute('link', 'id');
