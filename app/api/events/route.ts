import { requirePermission } from '@/lib/auth/session.ts';
import { createEvent } from '@/lib/db/event-writes.ts';
import { handler, readJson } from '@/lib/http/handler.ts';
import { eventInputSchema } from '@/lib/schemas/event.ts';

// POST /api/events: create (editor)
export const POST = handler(async (request) => {
  const user = await requirePermission('events.write', request);
  const input = eventInputSchema.parse(await readJson(request));
  return Response.json(await createEvent(input, user.id), { status: 201 });
});
