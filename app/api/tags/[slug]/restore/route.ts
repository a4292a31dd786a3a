import { restoreRoute } from '@/lib/http/record-routes.ts';

// POST /api/tags/[slug]/restore: bring a trashed tag back (editor)
export const POST = restoreRoute('tag', 'slug');
