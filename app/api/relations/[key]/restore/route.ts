import { requirePermission } from '@/lib/auth/session.ts';
import { setRelationTrashed } from '@/lib/db/relations/writes.ts';
import { handler } from '@/lib/http/handler.ts';

// POST /api/relations/[key]/restore: bring a trashed relation back (editor)
export const POST = handler<{ params: Promise<{ key: string }> }>(async (request, { params }) => {
  const user = await requirePermission('relations.write', request);
  return Response.json(await setRelationTrashed((await params).key, false, user.id));
});
