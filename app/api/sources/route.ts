import { createRoute } from '@/lib/http/record-routes.ts';

// POST /api/sources: create (editor)
export const POST = createRoute('source');
