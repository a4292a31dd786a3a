import { alliancePaths } from './openapi/alliances.ts';
import { chartPaths } from './openapi/charts.ts';
import { notModified, ok, READ, sharedComponents, validated } from './openapi/common.ts';
import { eventPaths } from './openapi/events.ts';
import { changePaths } from './openapi/changes.ts';
import { directoryPaths, recordPaths } from './openapi/records.ts';
import { schemaComponents } from './openapi/schemas.ts';

// The OpenAPI 3.1 description of every public route under app/api (and /feed.xml), served
// at /api/openapi.json. Paths are grouped by area under lib/openapi/; schemas come from
// the zod schemas in lib/schemas/. tests: lib/openapi.test.ts (every route is here),
// tests/integration/openapi-responses.test.ts (answers match), `npm test` lints it (Redocly).

const TAGS = [
  [
    'Events',
    'Dated, sourced events: the reader’s list, page and timeline, and the editors’ writes.',
  ],
  ['Exports', 'Every matching event as CSV, JSON or an Atom feed.'],
  ['Import', 'Events from a CSV or JSON file, checked row by row.'],
  ['Actors', 'States, alliances, organisations, armed groups and people.'],
  ['Tags', 'Topics events are filed under.'],
  ['Eras', 'Periods (a war, a mandate) drawn as bands behind the timeline.'],
  ['Sources', 'What events, quotes and trade figures cite, graded on the NATO Admiralty scale.'],
  ['Quotes', 'Verbatim statements, with their speakers and sources.'],
  ['Event links', 'One event responding to, or following from, another.'],
  ['Estimates', 'Numeric claims (low, best, high) with their claimants and sources.'],
  ['Alliances', 'Relations between actors, and the network they draw on a date.'],
  ['Trade', 'Annual trade figures per reporter–partner pair, and their observations.'],
  ['Charts', 'The trade and activity charts as SVG, PNG and CSV files.'],
  ['Service', 'Health and this description.'],
  ['Changes', 'What changed, in commit order, for mirrors that keep in step.'],
] as const;

const servicePaths = {
  '/api/health': {
    get: {
      operationId: 'getHealth',
      tags: ['Service'],
      summary: 'Database reachable, migrations applied, record counts',
      description: 'Live status: `Cache-Control: no-store` and no ETag.',
      security: [],
      responses: {
        '200': ok('Up', 'Health'),
        '503': ok('Degraded (migrations pending) or down (database unreachable)', 'Health'),
      },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'getOpenApiDocument',
      tags: ['Service'],
      summary: 'This description (OpenAPI 3.1)',
      ...READ,
      responses: {
        '200': validated(
          ok('The document', {
            type: 'object',
            description: 'An OpenAPI 3.1 document: https://spec.openapis.org/oas/v3.1.0',
            properties: {
              openapi: { type: 'string', examples: ['3.1.0'] },
              info: { type: 'object' },
              paths: { type: 'object' },
              components: { type: 'object' },
            },
            required: ['openapi', 'info', 'paths'],
          }),
        ),
        ...notModified,
      },
    },
  },
};

/** Path groups merged: a path named in two groups gets the operations of both. */
function mergePaths(...groups: Record<string, Record<string, object>>[]) {
  const out: Record<string, Record<string, object>> = {};
  for (const group of groups)
    for (const [path, operations] of Object.entries(group))
      out[path] = { ...out[path], ...operations };
  return out;
}

/**
 * Every operation may answer 503: the database is out of reach for a moment (a timeout, a
 * restart). Written once here rather than on each operation (one that says more keeps its own).
 */
function withUnavailable(paths: Record<string, Record<string, object>>) {
  const out: Record<string, Record<string, object>> = {};
  for (const [path, operations] of Object.entries(paths))
    out[path] = Object.fromEntries(
      Object.entries(operations).map(([method, op]) => {
        const responses = (op as { responses?: Record<string, object> }).responses ?? {};
        return [
          method,
          {
            ...op,
            responses: { '503': { $ref: '#/components/responses/Unavailable' }, ...responses },
          },
        ];
      }),
    );
  return out;
}

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Alliance Tracker API',
    version: '2.0.0',
    summary: 'Dated, sourced security events, relations between actors and trade figures.',
    description:
      'Reads are public and answer JSON (or the file asked for). Every read carries an ETag (but /api/health, and an editor’s read of an event, drafts included): send it back as If-None-Match for a 304 while the data is unchanged. Writes need an editor: an API token (`Authorization: Bearer …`) or a session cookie from the same site. Errors answer one `Error` body naming each bad parameter or field in `fields`.',
  },
  servers: [{ url: '/', description: 'The site serving this document' }],
  tags: TAGS.map(([name, description]) => ({ name, description })),
  paths: withUnavailable(
    mergePaths(
      eventPaths,
      directoryPaths,
      recordPaths(),
      alliancePaths,
      chartPaths,
      servicePaths,
      changePaths,
    ),
  ),
  components: { schemas: schemaComponents(), ...sharedComponents },
};
