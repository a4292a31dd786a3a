import { archiveRoute } from '@/lib/http/source-archive-routes.ts';

// POST /api/sources/[id]/archive: fetch the source's URL and keep a copy (editor)
export const POST = archiveRoute;
