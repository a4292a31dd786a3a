import { requirePermission } from '@/lib/auth/session.ts';
import { listEvents } from '@/lib/db/events/list.ts';
import { createEvent } from '@/lib/db/events/writes.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery, readJson } from '@/lib/http/handler.ts';
import { eventInputSchema } from '@/lib/schemas/event.ts';
import { eventQuerySchema } from '@/lib/schemas/event-query.ts';

// GET /api/events: filtered, keyset-paginated list of published events (public)
export const GET = handler(async (request) => {
  const query = parseQuery(eventQuerySchema, new URL(request.url).searchParams);
  return withValidators(request, async () => Response.json(await listEvents(query)), {
    keep: true,
  });
});

// POST /api/events: create (editor)
export const POST = handler(async (request) => {
  const user = await requirePermission('events.write', request);
  const input = eventInputSchema.parse(await readJson(request));
  return Response.json(await createEvent(input, user.id), { status: 201 });
});
