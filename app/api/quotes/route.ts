import { createRoute } from '@/lib/http/record-routes.ts';

// POST /api/quotes: create (editor)
export const POST = createRoute('quote');
