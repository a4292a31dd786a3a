import { withRecordPaths } from './openapi-records.ts';
import {
  DEFAULT_LIMIT,
  DEFAULT_MAX_ITEMS,
  EVENT_STATUSES,
  LANE_KINDS,
  MAX_LIMIT,
} from './schemas/event-query.ts';

// The public read API, described by hand (OpenAPI 3.1), plus the record writes
// (lib/openapi-records.ts). Parameter rules mirror
// lib/schemas/event-query.ts, whose constants are used here so the two cannot drift apart.

const partialDate = {
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  examples: ['2024', '2024-10', '2024-10-23'],
};
const repeat = (items: object) => ({ type: 'array', items });
const q = (name: string, schema: object, description: string) => ({
  name,
  in: 'query',
  schema,
  description,
});

const filters = [
  q(
    'from',
    partialDate,
    'Events overlapping the period from this date (partial dates cover their whole month or year).',
  ),
  q('to', partialDate, 'Events overlapping the period up to the end of this date.'),
  {
    ...q(
      'actor',
      repeat({ type: 'string' }),
      'Actor code; repeat for any of several (actor=KP&actor=RU).',
    ),
    explode: true,
  },
  { ...q('tag', repeat({ type: 'string' }), 'Tag slug; repeatable.'), explode: true },
  { ...q('status', repeat({ enum: EVENT_STATUSES }), 'Claim status; repeatable.'), explode: true },
  q(
    'q',
    { type: 'string', maxLength: 200 },
    'Full-text search (web search syntax: words, "phrases", -exclusions); title matches first, then matches elsewhere, each newest first; matches marked in `highlight`.',
  ),
];

const errors = {
  '400': {
    description: 'A bad parameter, named in `fields`.',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
  '304': { description: 'Not modified (send the ETag back as If-None-Match).' },
};
const json = (description: string, schema: object) => ({
  description,
  content: { 'application/json': { schema } },
});

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Alliance Tracker API',
    version: '1.1.0',
    description:
      'Published, sourced events (every GET of the read API carries an ETag), and the editors’ writes of sources, quotes, actors, tags and trade observations (a next-auth session or `Authorization: Bearer <API token>`).',
  },
  paths: withRecordPaths({
    '/api/events': {
      get: {
        summary:
          'List events, newest first (title matches first when searching), with keyset pagination',
        parameters: [
          ...filters,
          q('cursor', { type: 'string' }, 'nextCursor of the previous page.'),
          q(
            'limit',
            { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
            'Page size.',
          ),
        ],
        responses: {
          '200': json('A page', {
            type: 'object',
            properties: {
              items: repeat({ $ref: '#/components/schemas/EventSummary' }),
              nextCursor: { type: ['string', 'null'] },
            },
          }),
          ...errors,
        },
      },
    },
    '/api/events/{slug}': {
      get: {
        summary: 'One event with actors, tags, sources, quotes and status history',
        parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': json('The event', { $ref: '#/components/schemas/Event' }),
          '404': json('No such published event', { $ref: '#/components/schemas/Error' }),
        },
      },
    },
    '/api/timeline': {
      get: {
        summary:
          'Events of a window, or per-lane counts per time bucket when more than maxItems match',
        parameters: [
          ...filters,
          q(
            'width',
            { type: 'integer', minimum: 100, maximum: 10000, default: 1000 },
            'Drawn width in pixels; sets the bucket size.',
          ),
          q('lanes', { enum: LANE_KINDS, default: 'actor' }, 'One lane per actor, tag or status.'),
          q(
            'maxItems',
            { type: 'integer', minimum: 1, maximum: 5000, default: DEFAULT_MAX_ITEMS },
            'Above this many events, buckets are sent.',
          ),
        ],
        responses: {
          '200': json(
            'mode "items" (items, lanes) or mode "buckets" (bucket: day|week|month|year, lanes[].buckets[{t,count}], totals); t is epoch ms UTC',
            { type: 'object' },
          ),
          ...errors,
        },
      },
    },
    '/api/actors': {
      get: {
        summary: 'Actors with their number of published events',
        responses: { '200': json('Actors', { type: 'object' }) },
      },
    },
    '/api/tags': {
      get: {
        summary: 'Tags with their number of published events',
        responses: { '200': json('Tags', { type: 'object' }) },
      },
    },
    '/api/events/export.csv': {
      get: {
        summary: "Every matching event as CSV (streamed; formula-like cells prefixed with ')",
        parameters: filters,
        responses: { '200': { description: 'CSV', content: { 'text/csv': {} } }, ...errors },
      },
    },
    '/api/events/export.json': {
      get: {
        summary: 'Every matching event as a JSON array of the event shape (streamed)',
        parameters: filters,
        responses: {
          '200': json('Events', repeat({ $ref: '#/components/schemas/Event' })),
          ...errors,
        },
      },
    },
    '/api/alliances': {
      get: {
        summary:
          'The alliance network on a date: relations in force, and pairs named together in events',
        parameters: [
          q('at', { type: 'string', format: 'date' }, 'The date (default 2024-12-31).'),
          q(
            'from',
            { type: 'string', format: 'date' },
            'Start of the period whose events weight the edges (default: a year before `at`).',
          ),
          q(
            'minEvents',
            { type: 'integer', minimum: 1, default: 2 },
            'Pairs without a relation need this many shared events.',
          ),
        ],
        responses: {
          '200': json('Network', {
            type: 'object',
            properties: {
              nodes: repeat({
                type: 'object',
                properties: {
                  code: { type: 'string' },
                  name: { type: 'string' },
                  kind: { type: 'string' },
                  color: { type: ['string', 'null'] },
                },
              }),
              edges: repeat({
                type: 'object',
                properties: {
                  id: { type: 'string', examples: ['KP-RU'] },
                  a: { type: 'string' },
                  b: { type: 'string' },
                  eventCount: { type: 'integer' },
                  relations: repeat({ $ref: '#/components/schemas/Relation' }),
                },
              }),
            },
          }),
          '400': errors['400'],
        },
      },
    },
    '/api/alliances/network.svg': {
      get: {
        summary: 'The network drawn for reports (same parameters as /api/alliances)',
        responses: {
          '200': { description: 'SVG', content: { 'image/svg+xml': {} } },
          '400': errors['400'],
        },
      },
    },
    '/api/alliances/network.csv': {
      get: {
        summary: 'One row per edge of the network (same parameters as /api/alliances)',
        responses: {
          '200': { description: 'CSV', content: { 'text/csv': {} } },
          '400': errors['400'],
        },
      },
    },
    '/api/relations': {
      get: {
        summary: 'Relations between actors, with their sources and events',
        parameters: [
          q('actor', { type: 'string' }, 'Relations involving this actor code.'),
          q('at', { type: 'string', format: 'date' }, 'Only relations in force on this date.'),
          q(
            'kind',
            {
              enum: [
                'treaty',
                'strategic_partnership',
                'military_cooperation',
                'arms_transfer',
                'sanctions_regime',
                'membership',
              ],
            },
            'Only this kind.',
          ),
        ],
        responses: {
          '200': json('Relations', {
            type: 'object',
            properties: { items: repeat({ $ref: '#/components/schemas/Relation' }) },
          }),
          '400': errors['400'],
        },
      },
    },
    '/feed.xml': {
      get: {
        summary: 'Atom feed of the latest 50 matching events',
        parameters: filters,
        responses: {
          '200': { description: 'Atom', content: { 'application/atom+xml': {} } },
          ...errors,
        },
      },
    },
  }),
  components: {
    schemas: {
      Error: {
        type: 'object',
        properties: {
          error: { type: 'string' },
          message: { type: 'string' },
          fields: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
      EventSummary: {
        type: 'object',
        properties: {
          slug: { type: 'string' },
          title: { type: 'string' },
          date: { type: 'string', format: 'date' },
          endDate: { type: ['string', 'null'] },
          datePrecision: { enum: ['day', 'month', 'year'] },
          status: { enum: EVENT_STATUSES },
          tags: repeat({ type: 'string' }),
          actors: repeat({
            type: 'object',
            properties: {
              code: { type: 'string' },
              name: { type: 'string' },
              color: { type: ['string', 'null'] },
            },
          }),
          highlight: {
            type: 'object',
            description: 'With q: title and summary as segments {text, isMatch}.',
          },
        },
      },
      Relation: {
        type: 'object',
        properties: {
          key: { type: ['string', 'null'] },
          title: { type: 'string' },
          a: { type: 'string' },
          b: { type: 'string' },
          kind: { type: 'string' },
          status: { enum: EVENT_STATUSES },
          start: { type: 'string', format: 'date' },
          end: { type: ['string', 'null'] },
          notes: { type: ['string', 'null'] },
          sources: repeat({ type: 'object' }),
          events: repeat({ type: 'object' }),
        },
      },
      Event: {
        type: 'object',
        description:
          'The event shape of DESIGN.md: summary fields plus summary, location, sources, quotes, statusHistory, version.',
      },
    },
  },
};
