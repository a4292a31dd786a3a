import { can } from '@/lib/auth/permissions.ts';
import { getCurrentUser, requirePermission } from '@/lib/auth/session.ts';
import { mergedTarget } from '@/lib/db/events/merge.ts';
import { getEvent } from '@/lib/db/events/reads.ts';
import { EVENT_SPEC } from '@/lib/db/events/spec.ts';
import { trashEvent, updateEvent } from '@/lib/db/events/writes.ts';
import { NotFound, VersionConflict } from '@/lib/errors.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, patchInput, readJson } from '@/lib/http/handler.ts';

type Ctx = { params: Promise<{ slug: string }> };

/** No event by this slug: a 301 to the survivor if it was merged into one, else a 404. */
async function movedOrMissing(slug: string, request: Request): Promise<Response> {
  const target = await mergedTarget(slug);
  if (!target) throw new NotFound('Event');
  return new Response(null, {
    status: 301,
    headers: { Location: new URL(`/api/events/${target}`, request.url).pathname },
  });
}

// GET /api/events/[slug]: one event with actors, tags, sources and quotes (public;
// editors also get drafts, answered privately so no shared cache keeps them)
export const GET = handler<Ctx>(async (request, { params }) => {
  const { slug } = await params;
  if (can(await getCurrentUser(request), 'events.write')) {
    const event = await getEvent(slug, { canSeeDrafts: true });
    if (!event) return movedOrMissing(slug, request);
    return Response.json(event, { headers: { 'Cache-Control': 'private, no-store' } });
  }
  return withValidators(request, async () => {
    const event = await getEvent(slug);
    if (!event) return movedOrMissing(slug, request);
    return Response.json(event);
  });
});

// PATCH /api/events/[slug]: update the fields given, from `version` (editor); stale → 409
export const PATCH = handler<Ctx>(async (request, { params }) => {
  const user = await requirePermission('events.write', request);
  const { slug } = await params;
  const current = await getEvent(slug, { canSeeDrafts: true });
  if (!current) throw new NotFound('Event');
  const input = patchInput(EVENT_SPEC, current, await readJson(request));
  const result = await updateEvent(slug, input, input.version, user.id);
  if (result.conflict) throw new VersionConflict(result.conflict);
  return Response.json(result.event);
});

// DELETE /api/events/[slug]: move to the trash (editor); restorable
export const DELETE = handler<Ctx>(async (request, { params }) => {
  const user = await requirePermission('events.write', request);
  return Response.json(await trashEvent((await params).slug, user.id));
});
