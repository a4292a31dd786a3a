import { createRoute } from '@/lib/http/record-routes.ts';

// POST /api/trade/observations: create (editor)
export const POST = createRoute('trade');
