import { restoreRoute } from '@/lib/http/record-routes.ts';

// POST /api/trade/observations/[id]/restore: bring a trashed trade observation back (editor)
export const POST = restoreRoute('trade', 'id');
