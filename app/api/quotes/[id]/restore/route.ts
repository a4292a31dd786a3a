import { restoreRoute } from '@/lib/http/record-routes.ts';

// POST /api/quotes/[id]/restore: bring a trashed quote back (editor)
export const POST = restoreRoute('quote', 'id');
