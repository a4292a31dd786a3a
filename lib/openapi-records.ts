import { z } from 'zod';
import { RECORD_META, RECORD_KINDS, type RecordKind } from './records/kinds.ts';
import { actorInputSchema } from './schemas/actor.ts';
import { quoteInputSchema } from './schemas/quote.ts';
import { sourceInputSchema } from './schemas/source.ts';
import { tagInputSchema } from './schemas/tag.ts';
import { tradeObservationInputSchema } from './schemas/trade-observation.ts';

// The write API of sources, quotes, actors, tags and trade observations (OpenAPI 3.1),
// its request bodies generated from the same zod schemas the handlers parse with.

const SCHEMAS: Record<RecordKind, z.ZodType> = {
  source: sourceInputSchema,
  quote: quoteInputSchema,
  actor: actorInputSchema,
  tag: tagInputSchema,
  trade: tradeObservationInputSchema,
};
const PARAMS: Record<RecordKind, string> = {
  source: 'id',
  quote: 'id',
  actor: 'code',
  tag: 'slug',
  trade: 'id',
};

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const ok = (description: string) => ({
  description,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        description: 'The record as stored, with `version` and `trashedAt`.',
      },
    },
  },
});
const AUTH = { '401': error('No session or API token'), '403': error('The role may not write') };

function bodySchema(kind: RecordKind, withVersion: boolean) {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(SCHEMAS[kind], {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  if (!withVersion) return schema;
  return {
    allOf: [
      { ...schema, required: [] },
      {
        type: 'object',
        required: ['version'],
        properties: {
          version: {
            type: 'integer',
            minimum: 1,
            description: 'The version the edit was made from.',
          },
        },
      },
    ],
  };
}

function pathsOf(kind: RecordKind) {
  const { noun, apiPath } = RECORD_META[kind];
  const param = PARAMS[kind];
  const item = `/api/${apiPath}/{${param}}`;
  const parameters = [{ name: param, in: 'path', required: true, schema: { type: 'string' } }];
  const json = (schema: object) => ({
    required: true,
    content: { 'application/json': { schema } },
  });
  return {
    [`/api/${apiPath}`]: {
      post: {
        summary: `Create a ${noun} (editor)`,
        requestBody: json(bodySchema(kind, false)),
        responses: {
          '201': ok(`The new ${noun}`),
          '409': error('A unique key is taken; `fields` names it'),
          '422': error('Bad fields, each named in `fields`'),
          ...AUTH,
        },
      },
    },
    [item]: {
      get: {
        summary: `One ${noun} (not trashed)`,
        parameters,
        responses: { '200': ok(`The ${noun}`), '404': error('None, or trashed') },
      },
      patch: {
        summary: `Update the fields given, from \`version\` (editor)`,
        parameters,
        requestBody: json(bodySchema(kind, true)),
        responses: {
          '200': ok(`The saved ${noun}`),
          '409': error(
            'Stale `version` (`current` holds the record as it stands) or a taken unique key',
          ),
          '422': error('Bad fields, each named in `fields`'),
          ...AUTH,
        },
      },
      delete: {
        summary: `Move the ${noun} to the trash (editor); restorable`,
        parameters,
        responses: {
          '200': ok(`The trashed ${noun}`),
          '409': error('Still in use (actors, sources behind trade figures)'),
          ...AUTH,
        },
      },
    },
    [`${item}/restore`]: {
      post: {
        summary: `Bring a trashed ${noun} back (editor)`,
        parameters,
        responses: { '200': ok(`The restored ${noun}`), '404': error('Not in the trash'), ...AUTH },
      },
    },
  };
}

/** Adds the record write paths to `paths`, beside any read operation a path already has. */
export function withRecordPaths(paths: Record<string, object>): Record<string, object> {
  const out: Record<string, object> = { ...paths };
  for (const kind of RECORD_KINDS)
    for (const [path, ops] of Object.entries(pathsOf(kind))) out[path] = { ...out[path], ...ops };
  return out;
}
