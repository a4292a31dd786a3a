import { checkRoute } from '@/lib/http/source-archive-routes.ts';

// POST /api/sources/[id]/check: check the source's link and record its status (editor)
export const POST = checkRoute;
