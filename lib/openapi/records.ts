import { RECORD_KINDS, RECORD_META, type RecordKind } from '../records/kinds.ts';
import {
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
import { ref, type SchemaName } from './schemas.ts';

// Sources, quotes, actors, tags and trade observations: one shape of API for each
// (lib/http/record-routes.ts), its bodies from the same zod schemas the handlers parse with.

type RecordName =
  'Source' | 'Quote' | 'Actor' | 'Tag' | 'TradeObservation' | 'Estimate' | 'Era' | 'EventLink';

/** Per kind: its schema names (Source, SourceInput, SourcePatch), tag and key in URLs. */
const KINDS: Record<
  RecordKind,
  {
    name: RecordName;
    tag: string;
    param: string;
    example: string;
    inUse?: string;
    /** Who reads what, when readers see less than every live record of the kind. */
    readers?: string;
  }
> = {
  source: {
    name: 'Source',
    tag: 'Sources',
    param: 'id',
    example: '12',
    inUse: 'A trade figure still cites the source (`in_use`).',
    readers:
      'Readers get a source only while something public cites it (a published event or its status history, a quote they may see, a relation or a trade figure), with an ETag; any other answers 404 like a missing one. Editors (token or session with `events.write` or `sources.write`) get every source, answered `Cache-Control: private, no-store` without an ETag.',
  },
  quote: {
    name: 'Quote',
    tag: 'Quotes',
    param: 'id',
    example: '3',
    readers:
      'Readers get a quote of no event or of a published one, with an ETag; a quote of a draft or trashed event answers 404 like a missing one. Editors (token or session with `events.write` or `quotes.write`) get every quote, answered `Cache-Control: private, no-store` without an ETag.',
  },
  actor: {
    name: 'Actor',
    tag: 'Actors',
    param: 'code',
    example: 'KP',
    inUse: 'Events, quotes, trade figures or relations still use the actor (`in_use`).',
  },
  tag: { name: 'Tag', tag: 'Tags', param: 'slug', example: 'sanctions' },
  trade: { name: 'TradeObservation', tag: 'Trade', param: 'id', example: '40' },
  estimate: {
    name: 'Estimate',
    tag: 'Estimates',
    param: 'id',
    example: '1',
    readers:
      'Readers get an estimate of no event or of a published one, with an ETag; an estimate of a draft or trashed event answers 404 like a missing one. Editors (token or session with `events.write` or `estimates.write`) get every estimate, answered `Cache-Control: private, no-store` without an ETag.',
  },
  era: { name: 'Era', tag: 'Eras', param: 'slug', example: 'war-in-ukraine' },
  link: {
    name: 'EventLink',
    tag: 'Event links',
    param: 'id',
    example: '1',
    readers:
      'Readers get a link only while both its events are published and not in the trash, with an ETag; any other answers 404 like a missing one. Editors (token or session with `events.write` or `links.write`) get every link, answered `Cache-Control: private, no-store` without an ETag.',
  },
};

function pathsOf(kind: RecordKind) {
  const { noun, apiPath } = RECORD_META[kind];
  const { name, tag, param, example, inUse, readers } = KINDS[kind];
  const item = `/api/${apiPath}/{${param}}`;
  const parameters = [
    pathParam(param, `The ${noun}’s ${param === 'id' ? 'number' : param}.`, example),
  ];
  const body = (schema: SchemaName) => ({ required: true, content: json(ref(schema)) });
  const notFound = { '404': problem(`No such ${noun}, or it is in the trash.`) };
  return {
    [`/api/${apiPath}`]: {
      post: {
        operationId: `create${name}`,
        tags: [tag],
        summary: `Create a ${noun} (editor)`,
        ...WRITE,
        requestBody: body(`${name}Input` as const),
        responses: {
          '201': ok(`The new ${noun}`, name),
          ...notJson,
          ...refusals,
          '409': problem('A unique key is taken (`duplicate`); `fields` names it.'),
          ...invalidBody,
        },
      },
    },
    [item]: {
      get: {
        operationId: `get${name}`,
        tags: [tag],
        summary: `One ${noun}, not in the trash`,
        ...(readers && { description: readers }),
        ...READ,
        parameters: [...parameters, ...READ.parameters],
        responses: {
          '200': validated(ok(`The ${noun}`, name)),
          ...notModified,
          ...(readers ? { '404': problem(`No such ${noun} readers may see.`) } : notFound),
        },
      },
      patch: {
        operationId: `update${name}`,
        tags: [tag],
        summary: `Update the fields given, from \`version\` (editor)`,
        ...WRITE,
        parameters,
        requestBody: body(`${name}Patch` as const),
        responses: {
          '200': ok(`The saved ${noun}`, name),
          ...notJson,
          ...refusals,
          ...notFound,
          '409': problem(
            'Stale `version` (`current` holds the record as it stands), or a taken unique key.',
          ),
          ...invalidBody,
        },
      },
      delete: {
        operationId: `trash${name}`,
        tags: [tag],
        summary: `Move the ${noun} to the trash (editor); restorable`,
        ...WRITE,
        parameters,
        responses: {
          '200': ok(`The trashed ${noun}`, name),
          ...refusals,
          ...notFound,
          ...(inUse ? { '409': problem(inUse) } : {}),
        },
      },
    },
    [`${item}/restore`]: {
      post: {
        operationId: `restore${name}`,
        tags: [tag],
        summary: `Bring a trashed ${noun} back (editor)`,
        ...WRITE,
        parameters,
        responses: {
          '200': ok(`The restored ${noun}`, name),
          ...refusals,
          '404': problem(`No such ${noun} in the trash.`),
        },
      },
    },
  };
}

/** Every record kind's paths. */
export function recordPaths(): Record<string, Record<string, object>> {
  return Object.assign({}, ...RECORD_KINDS.map(pathsOf));
}

/** The reader lists of actors and tags, beside their record writes. */
export const directoryPaths = {
  '/api/actors': {
    get: {
      operationId: 'listActors',
      tags: ['Actors'],
      summary: 'Every actor with its number of published events',
      ...READ,
      responses: { '200': validated(ok('Actors', 'ActorList')), ...notModified },
    },
  },
  '/api/eras': {
    get: {
      operationId: 'listEras',
      tags: ['Eras'],
      summary: 'Every era not in the trash, in order of start',
      ...READ,
      responses: { '200': validated(ok('Eras', 'EraList')), ...notModified },
    },
  },
  '/api/tags': {
    get: {
      operationId: 'listTags',
      tags: ['Tags'],
      summary: 'Every tag with its number of published events',
      ...READ,
      responses: { '200': validated(ok('Tags', 'TagList')), ...notModified },
    },
  },
};
