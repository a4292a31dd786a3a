import { getEvent } from '@/lib/db/events.ts';
import { NotFound } from '@/lib/http/errors.ts';
import { handler } from '@/lib/http/handler.ts';
import { withValidators } from '@/lib/http/cache.ts';

// GET /api/events/[slug]: one published event with actors, tags, sources and quotes (public)
export const GET = handler<{ params: Promise<{ slug: string }> }>(async (request, { params }) => {
  const { slug } = await params;
  return withValidators(request, async () => {
    const event = await getEvent(slug);
    if (!event) throw new NotFound('Event');
    return Response.json(event);
  });
});
