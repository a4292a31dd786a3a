import { siteOrigin } from '../auth/redirect-target.ts';
import { getEventAtRevision } from '../db/events/revision.ts';
import { NotFound } from '../errors.ts';
import { withValidators } from './cache.ts';

/**
 * One revision of an event, as readers saw it (the same for editors: a draft state is never
 * a citable version). `Link` names the current version (RFC 5829), so a client holding an old
 * revision finds the latest.
 */
export function eventRevisionResponse(request: Request, slug: string, rev: number) {
  return withValidators(request, async () => {
    const found = await getEventAtRevision(slug, rev);
    if (!found) throw new NotFound('Revision');
    const latest = `${siteOrigin()}/api/events/${encodeURIComponent(slug)}`;
    return Response.json(found.event, {
      headers: {
        Link: `<${latest}>; rel="latest-version"`,
        'X-Current-Version': String(found.currentVersion),
      },
    });
  });
}
