import { can } from '@/lib/auth/permissions.ts';
import { getCurrentUser, requirePermission } from '@/lib/auth/session.ts';
import { mergedTarget } from '@/lib/db/events/merge.ts';
import { getEvent } from '@/lib/db/events/reads.ts';
import { listEventLinks } from '@/lib/db/event-links/reads.ts';
import { EVENT_SPEC } from '@/lib/db/events/spec.ts';
import { trashEvent, updateEvent } from '@/lib/db/events/writes.ts';
import { BadRequest, NotFound, VersionConflict } from '@/lib/errors.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery, patchInput, readJson } from '@/lib/http/handler.ts';
import { eventRevisionResponse } from '@/lib/http/event-revision.ts';
import { revisionQuerySchema } from '@/lib/schemas/citation.ts';
import { eventAsOf } from '@/lib/events/as-of.ts';
import { asOfQuerySchema } from '@/lib/schemas/event-query.ts';

type Ctx = { params: Promise<{ slug: string }> };

/** No event by this slug: a 301 to the survivor if it was merged into one, else a 404. */
async function movedOrMissing(
  slug: string,
  request: Request,
  canSeeDrafts: boolean,
): Promise<Response> {
  const target = await mergedTarget(slug, { canSeeDrafts });
  if (!target) throw new NotFound('Event');
  return new Response(null, {
    status: 301,
    headers: { Location: new URL(`/api/events/${target}`, request.url).pathname },
  });
}

// GET /api/events/[slug]: one event with actors, tags, sources and quotes (public;
// editors also get drafts, answered privately so no shared cache keeps them)
// With ?rev=N, that revision as readers saw it (404 for a draft state or none such).
// With ?asOf=YYYY-MM-DD, as it was publicly known that day (404 when it was not public yet).
export const GET = handler<Ctx>(async (request, { params }) => {
  const { slug } = await params;
  const searchParams = new URL(request.url).searchParams;
  const { rev } = parseQuery(revisionQuerySchema, searchParams);
  const { asOf } = parseQuery(asOfQuerySchema, searchParams);
  if (rev !== undefined && asOf) throw new BadRequest({ asOf: 'Ask for rev or asOf, not both' });
  if (rev !== undefined) return eventRevisionResponse(request, slug, rev);
  /** The event (as of the date asked), a 301 when it was merged away, else a 404. */
  const answer = async (canSeeDrafts: boolean, headers?: HeadersInit) => {
    const event = await getEvent(slug, { canSeeDrafts });
    if (!event) return movedOrMissing(slug, request, canSeeDrafts);
    const shown = asOf ? eventAsOf(event, asOf) : event;
    if (!shown) throw new NotFound('Event');
    const links = await listEventLinks(event.slug, { canSeeDrafts });
    return Response.json({ ...shown, links }, { headers });
  };
  if (can(await getCurrentUser(request), 'events.write')) {
    return answer(true, { 'Cache-Control': 'private, no-store' });
  }
  return withValidators(request, () => answer(false));
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
