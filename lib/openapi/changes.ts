import { CITATION_FORMATS } from '../schemas/citation.ts';
import {
  badQuery,
  file,
  invalidBody,
  json,
  notModified,
  ok,
  pathParam,
  problem,
  READ,
  refusals,
  validated,
  WRITE,
} from './common.ts';

// Citable versions and the change feed: an event's exact revision, its citation files, and
// every change readers can see, as JSON pages and as Atom.

const q = (name: string, schema: object, description: string) => ({
  name,
  in: 'query',
  schema,
  description,
});

/** `?rev=` on GET /api/events/{slug} (lib/openapi/events.ts adds it to that operation). */
export const revParameter = q(
  'rev',
  { type: 'integer', minimum: 1, maximum: 2147483647 },
  'A revision number: the event as it stood then, read-only (404 when that revision was a draft, the trash, or none such). The answer’s `Link: <…>; rel="latest-version"` names the current one.',
);

const sourceId = pathParam('id', 'The source’s number.', '12');

const snapshotSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer', description: 'The copy’s number: read it at /archive/{id}.' },
    sourceId: { type: 'integer' },
    url: { type: 'string' },
    finalUrl: { type: 'string', description: 'Where the redirects ended.' },
    status: { type: 'integer' },
    contentType: { type: 'string' },
    size: { type: 'integer' },
    sha256: { type: 'string' },
    retrievedAt: { type: 'string', format: 'date-time' },
  },
  required: [
    'id',
    'sourceId',
    'url',
    'finalUrl',
    'status',
    'contentType',
    'size',
    'sha256',
    'retrievedAt',
  ],
};

const linkCheckSchema = {
  type: 'object',
  properties: {
    sourceId: { type: 'integer' },
    url: { type: 'string' },
    status: { type: ['integer', 'null'], description: 'null when no answer came.' },
    error: {
      type: ['string', 'null'],
      description: 'Why no answer came (timeout, unreachable, …).',
    },
    dead: { type: 'boolean' },
    checkedAt: { type: 'string', format: 'date-time' },
  },
  required: ['sourceId', 'url', 'status', 'error', 'dead', 'checkedAt'],
};

export const changePaths = {
  '/api/events/{slug}/citation': {
    get: {
      operationId: 'getEventCitation',
      tags: ['Events'],
      summary: 'The event’s citation, or its sources’, as BibTeX, RIS or CSL-JSON',
      description:
        'A download (`Content-Disposition: attachment`). The event’s own citation names the site, the revision, its date, the permanent URL with `rev` and today as the accessed date.',
      ...READ,
      parameters: [
        pathParam('slug', 'The event’s slug.', 'kpa-troops-kursk-2024'),
        ...READ.parameters,
        q('format', { type: 'string', enum: CITATION_FORMATS }, 'The file format.'),
        q(
          'of',
          { type: 'string', enum: ['event', 'sources'], default: 'event' },
          'The event itself, or the sources it cites.',
        ),
        revParameter,
      ],
      responses: {
        '200': validated({
          description: 'The citation file',
          content: {
            'application/x-bibtex': { schema: { type: 'string' } },
            'application/x-research-info-systems': { schema: { type: 'string' } },
            'application/vnd.citationstyles.csl+json': {
              schema: { type: 'array', items: { type: 'object', additionalProperties: true } },
            },
          },
        }),
        ...notModified,
        ...badQuery,
        '404': problem('No such published event, or no such published revision of it.'),
      },
    },
  },
  '/api/changes': {
    get: {
      operationId: 'listChanges',
      tags: ['Changes'],
      summary: 'Every change readers can see, in commit order, a page at a time',
      description:
        'Creates, updates, status changes, publications, trashes, restores, merges and renames of events, relations, sources, quotes, actors, tags and trade figures (every kind on the versioned write path). Drafts, and records only drafts use, never appear; a record leaving readers’ view appears as `removed`. Keep `nextCursor` and ask again with it as `since`: a change is never skipped or repeated, even while writers commit concurrently (a change waits until every transaction that began before it has ended). Without `since`, from the first change kept.',
      ...READ,
      parameters: [
        ...READ.parameters,
        q('since', { type: 'string' }, '`nextCursor` of the previous page (opaque).'),
        q(
          'limit',
          { type: 'integer', minimum: 1, maximum: 500, default: 100 },
          'Revisions read for this page; a page may hold fewer changes (drafts are passed over).',
        ),
      ],
      responses: {
        '200': validated(ok('A page of changes', 'ChangePage')),
        ...notModified,
        ...badQuery,
      },
    },
  },
  '/changes.xml': {
    get: {
      operationId: 'getChangesFeed',
      tags: ['Changes'],
      summary: 'Atom feed of the latest 100 changes readers can see',
      ...READ,
      responses: { '200': validated(file('Atom', 'application/atom+xml')), ...notModified },
    },
  },
  '/api/sources/{id}/archive': {
    post: {
      operationId: 'archiveSource',
      tags: ['Sources'],
      summary: 'Fetch the source’s URL now and keep a copy (editor)',
      description:
        'Only http(s), only public addresses (each redirect hop checked), at most 5 redirects, 5 MB and 15 s. A refused fetch is a 422 naming `url` with the reason (private_address, too_large, redirect_loop, too_many_redirects, timeout, unreachable, scheme).',
      ...WRITE,
      parameters: [sourceId],
      responses: {
        '201': { description: 'The copy kept', content: json(snapshotSchema) },
        ...refusals,
        '404': problem('No such live source.'),
        ...invalidBody,
      },
    },
  },
  '/api/sources/{id}/check': {
    post: {
      operationId: 'checkSourceLink',
      tags: ['Sources'],
      summary: 'Check the source’s link now and record its HTTP status (editor)',
      ...WRITE,
      parameters: [sourceId],
      responses: {
        '200': { description: 'The check recorded', content: json(linkCheckSchema) },
        ...refusals,
        '404': problem('No such live source.'),
        ...invalidBody,
      },
    },
  },
  '/archive/{id}': {
    get: {
      operationId: 'getArchivedCopy',
      tags: ['Sources'],
      summary:
        'An archived copy of a source’s page, with a banner, under a CSP that runs no scripts',
      ...READ,
      parameters: [pathParam('id', 'The copy’s number.', '1'), ...READ.parameters],
      responses: {
        '200': validated(
          file('The copy (HTML and text with a banner; other types as stored)', 'text/html'),
        ),
        ...notModified,
        '404': problem('No such copy, or of a source readers may not see.'),
      },
    },
  },
};
