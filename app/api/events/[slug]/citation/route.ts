import { siteOrigin } from '@/lib/auth/redirect-target.ts';
import { toBibtex } from '@/lib/citation/bibtex.ts';
import { eventCitation, sourceCitations } from '@/lib/citation/build.ts';
import { toCslJson } from '@/lib/citation/csl.ts';
import { keyPart } from '@/lib/citation/item.ts';
import { toRis } from '@/lib/citation/ris.ts';
import { getEventAtRevision } from '@/lib/db/events/revision.ts';
import { NotFound } from '@/lib/errors.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import {
  citationQuerySchema,
  type CitationFormat,
  type CitationQuery,
} from '@/lib/schemas/citation.ts';
import { getReaderDataFingerprint } from '@/lib/db/core/fingerprint.ts';
import { withValidators } from '@/lib/http/cache.ts';

type Ctx = { params: Promise<{ slug: string }> };

const FILES: Record<CitationFormat, { type: string; ext: string }> = {
  bibtex: { type: 'application/x-bibtex; charset=utf-8', ext: 'bib' },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', ext: 'ris' },
  'csl-json': { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', ext: 'json' },
};

// GET /api/events/[slug]/citation?format=bibtex|ris|csl-json&of=event|sources&rev=N: a
// download of the event's own citation (at revision N, else the current one) or of its
// sources. Public; its ETag stands for the data version and today (the accessed date).
export const GET = handler<Ctx>(async (request, { params }) => {
  const { slug } = await params;
  const query = parseQuery(citationQuerySchema, new URL(request.url).searchParams);
  const accessed = new Date().toISOString().slice(0, 10);
  const version = `${await getReaderDataFingerprint()}|${accessed}`;
  return withValidators(request, () => citation(slug, query, accessed), { version });
});

async function citation(slug: string, query: CitationQuery, accessed: string) {
  const found = await getEventAtRevision(slug, query.rev);
  if (!found) throw new NotFound(query.rev ? 'Revision' : 'Event');
  const items =
    query.of === 'event'
      ? [eventCitation(found, siteOrigin(), accessed)]
      : sourceCitations(found, accessed);
  const body =
    query.format === 'bibtex'
      ? toBibtex(items)
      : query.format === 'ris'
        ? toRis(items)
        : JSON.stringify(toCslJson(items), null, 2);
  const file = FILES[query.format];
  const name = `${keyPart(slug)}-r${found.revision}${query.of === 'sources' ? '-sources' : ''}.${file.ext}`;
  return new Response(body, {
    headers: {
      'Content-Type': file.type,
      'Content-Disposition': `attachment; filename="${name}"`,
    },
  });
}
