import { allianceQuerySchema, relationQuerySchema } from '../schemas/alliance.ts';
import {
  badQuery,
  file,
  invalidBody,
  json,
  notJson,
  notModified,
  ok,
  pathParam,
  problem,
  READ,
  refusals,
  validated,
  WRITE,
} from './common.ts';
import { langParameter, queryParameters } from './parameters.ts';
import { ref } from './schemas.ts';

// The alliance network, its report files, and relations between actors (reads and writes).

const networkQuery = queryParameters(allianceQuerySchema, {
  at: 'The date the network is drawn on.',
  from: 'Start of the period whose events weight the edges (default: a year before `at`).',
  minEvents: 'Pairs without a relation need this many shared events.',
  asOf: 'As publicly known on this day (YYYY-MM-DD): the network on it (`at` defaults to it and may not be later), edges weighted by the events public by then.',
});

const NETWORK_FILES = {
  svg: ['image/svg+xml', 'text', 'The network drawn for reports'],
  png: ['image/png', 'binary', 'The network as a PNG (twice the SVG size)'],
  csv: ['text/csv', 'text', 'One row per edge of the network'],
} as const;

const networkFiles = Object.fromEntries(
  Object.entries(NETWORK_FILES).map(([ext, [type, format, summary]]) => [
    `/api/alliances/network.${ext}`,
    {
      get: {
        operationId: `getAllianceNetwork${ext[0].toUpperCase()}${ext.slice(1)}`,
        tags: ['Alliances'],
        summary: `${summary}, as an attachment (the query of /api/alliances)`,
        ...READ,
        parameters: [...READ.parameters, ...networkQuery, langParameter],
        responses: {
          '200': validated(file(summary, type, format)),
          ...notModified,
          ...badQuery,
        },
      },
    },
  ]),
);

const key = pathParam('key', 'The relation’s key.', 'kp-ru-partnership-2024');
const notFound = { '404': problem('No such relation, or it is in the trash.') };

export const alliancePaths = {
  '/api/alliances': {
    get: {
      operationId: 'getAllianceNetwork',
      tags: ['Alliances'],
      summary: 'Who stands with whom on a date: relations in force, and pairs named in events',
      ...READ,
      parameters: [...READ.parameters, ...networkQuery],
      responses: {
        '200': validated(ok('The network', 'AllianceNetwork')),
        ...notModified,
        ...badQuery,
      },
    },
  },
  ...networkFiles,
  '/api/relations': {
    get: {
      operationId: 'listRelations',
      tags: ['Alliances'],
      summary: 'Relations between actors, with their sources and events',
      ...READ,
      parameters: [
        ...READ.parameters,
        ...queryParameters(relationQuerySchema, {
          actor: 'Relations involving this actor code.',
          at: 'Only relations in force on this date.',
          kind: 'Only this kind.',
        }),
      ],
      responses: {
        '200': validated(ok('Relations', 'RelationList')),
        ...notModified,
        ...badQuery,
      },
    },
    post: {
      operationId: 'createRelation',
      tags: ['Alliances'],
      summary: 'Create a relation (editor)',
      ...WRITE,
      requestBody: { required: true, content: json(ref('RelationInput')) },
      responses: {
        '201': ok('The new relation', 'Relation'),
        ...notJson,
        ...refusals,
        ...invalidBody,
      },
    },
  },
  '/api/relations/{key}': {
    get: {
      operationId: 'getRelation',
      tags: ['Alliances'],
      summary: 'One relation with its sources and events',
      ...READ,
      parameters: [key, ...READ.parameters],
      responses: { '200': validated(ok('The relation', 'Relation')), ...notModified, ...notFound },
    },
    patch: {
      operationId: 'updateRelation',
      tags: ['Alliances'],
      summary: 'Update the fields given, from `version` (editor)',
      ...WRITE,
      parameters: [key],
      requestBody: { required: true, content: json(ref('RelationPatch')) },
      responses: {
        '200': ok('The saved relation', 'Relation'),
        ...notJson,
        ...refusals,
        ...notFound,
        '409': problem('Stale `version`: `current` holds the relation as it stands.'),
        ...invalidBody,
      },
    },
    delete: {
      operationId: 'trashRelation',
      tags: ['Alliances'],
      summary: 'Move the relation to the trash (editor); restorable',
      ...WRITE,
      parameters: [key],
      responses: { '200': ok('The trashed relation', 'Relation'), ...refusals, ...notFound },
    },
  },
  '/api/relations/{key}/restore': {
    post: {
      operationId: 'restoreRelation',
      tags: ['Alliances'],
      summary: 'Bring a trashed relation back (editor)',
      ...WRITE,
      parameters: [key],
      responses: {
        '200': ok('The restored relation', 'Relation'),
        ...refusals,
        '404': problem('No such relation in the trash.'),
      },
    },
  },
};
