import { restoreRoute } from '@/lib/http/record-routes.ts';

// POST /api/sources/[id]/restore: bring a trashed source back (editor)
export const POST = restoreRoute('source', 'id');
