import { z } from 'zod';
import { requirePermission } from '@/lib/auth/session.ts';
import { mergeEvents } from '@/lib/db/events/merge.ts';
import { handler, readJson } from '@/lib/http/handler.ts';

const body = z.object({
  into: z
    .string({ error: 'Name the event to merge into by its slug' })
    .trim()
    .min(1, 'Name the event to merge into by its slug')
    .max(200),
});

// POST /api/events/[slug]/merge {into}: fold this event into `into` (editor); the survivor
// gains its actors, tags, sources and quotes, and this slug redirects there (301)
export const POST = handler<{ params: Promise<{ slug: string }> }>(async (request, { params }) => {
  const user = await requirePermission('events.write', request);
  const { into } = body.parse(await readJson(request));
  return Response.json(await mergeEvents((await params).slug, into, user.id));
});
