import { restoreRoute } from '@/lib/http/record-routes.ts';

// POST /api/estimates/[id]/restore: bring a trashed estimate back (editor)
export const POST = restoreRoute('estimate', 'id');
