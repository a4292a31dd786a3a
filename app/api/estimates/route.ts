import { createRoute } from '@/lib/http/record-routes.ts';

// POST /api/estimates: create (editor)
export const POST = createRoute('estimate');
