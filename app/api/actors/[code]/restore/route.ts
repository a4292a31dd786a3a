import { restoreRoute } from '@/lib/http/record-routes.ts';

// POST /api/actors/[code]/restore: bring a trashed actor back (editor)
export const POST = restoreRoute('actor', 'code');
