import { requirePermission } from '@/lib/auth/session.ts';
import { restoreEvent } from '@/lib/db/events/writes.ts';
import { handler } from '@/lib/http/handler.ts';

// POST /api/events/[slug]/restore: bring an event back from the trash (editor)
export const POST = handler<{ params: Promise<{ slug: string }> }>(async (request, { params }) => {
  const user = await requirePermission('events.write', request);
  return Response.json(await restoreEvent((await params).slug, user.id));
});
