import { restoreRoute } from '@/lib/http/record-routes.ts';

// POST /api/eras/[slug]/restore: bring a trashed era back (editor)
export const POST = restoreRoute('era', 'slug');
