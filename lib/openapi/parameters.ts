import { z } from 'zod';
import { ACTOR_MODES, CLAIM_STATUSES, EVENT_SORTS } from '../schemas/enums.ts';
import { DEFAULT_LIMIT, DEFAULT_MAX_ITEMS, LANE_KINDS, MAX_LIMIT } from '../schemas/event-query.ts';

// Query parameters. Those of the event filters are written out (their zod schema
// preprocesses repeated values, which JSON Schema cannot show) from the constants of
// lib/schemas/event-query.ts; the others are generated from their zod query schemas.

const q = (name: string, schema: object, description: string) => ({
  name,
  in: 'query',
  schema,
  description,
});
const partialDate = {
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  examples: ['2024', '2024-10', '2024-10-23'],
};
const repeated = (items: object, name: string, description: string) => ({
  ...q(name, { type: 'array', items }, description),
  style: 'form',
  explode: true,
});

export const eventFilters = [
  q(
    'from',
    partialDate,
    'Events overlapping the period from this date (partial dates cover their whole month or year).',
  ),
  q('to', partialDate, 'Events overlapping the period up to the end of this date.'),
  repeated(
    { type: 'string' },
    'actor',
    'Actor code; repeat for any of several (actor=KP&actor=RU).',
  ),
  q(
    'actorMode',
    { type: 'string', enum: ACTOR_MODES, default: 'any' },
    'With several `actor`s: `any` keeps events naming one of them, `all` only events naming every one.',
  ),
  repeated({ type: 'string' }, 'tag', 'Tag slug; repeatable.'),
  repeated({ type: 'string', enum: CLAIM_STATUSES }, 'status', 'Claim status; repeatable.'),
  q(
    'q',
    { type: 'string', maxLength: 200 },
    'Full-text search (web search syntax: words, "phrases", -exclusions) of the events’ text, their quotes (text and speaker) and their sources’ titles; title matches first, then matches elsewhere, each newest first (see `sort`); matches marked in `highlight`, with a matching quote.',
  ),
  asOfParameter(),
];

/** `asOf`: what was publicly known on a day. */
export function asOfParameter(what = 'events') {
  return q(
    'asOf',
    { type: 'string', format: 'date', examples: ['2024-10-20'] },
    what === 'events'
      ? 'As publicly known on this day (YYYY-MM-DD): only events whose first source was published by then, each with the claim status in force then.'
      : what,
  );
}

export const pageParameters = [
  q('cursor', { type: 'string' }, '`nextCursor` of the previous page.'),
  q(
    'limit',
    { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
    'Page size.',
  ),
];

export const sortParameter = q(
  'sort',
  { type: 'string', enum: EVENT_SORTS },
  'Order: `relevance` (with `q`: title matches first), `newest` or `oldest` first by date. Default: relevance when searching, else newest.',
);

export const timelineParameters = [
  q('start', partialDate, 'First day of the window shown (the view; not a filter).'),
  q('end', partialDate, 'Last day of the window shown (the view; not a filter).'),
  q(
    'width',
    { type: 'integer', minimum: 100, maximum: 10000, default: 1000 },
    'Drawn width in pixels; sets the bucket size.',
  ),
  q(
    'lanes',
    { type: 'string', enum: LANE_KINDS, default: 'none' },
    'One lane per actor, tag or status; `none` draws every event once in one band.',
  ),
  q(
    'people',
    { type: 'string', enum: ['1'] },
    'With lanes=actor: give people lanes of their own (left in "Other actors" otherwise).',
  ),
  q(
    'maxItems',
    { type: 'integer', minimum: 1, maximum: 5000, default: DEFAULT_MAX_ITEMS },
    'Above this many events, per-lane counts are sent instead.',
  ),
];

type Prop = Record<string, unknown> & { anyOf?: { type?: string }[] };

/**
 * Parameters generated from a zod query schema: those named in `descriptions`, in its order
 * (a page's query may hold view-only parameters the API ignores, left out here).
 */
export function queryParameters(schema: z.ZodType, descriptions: Record<string, string>) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, Prop>;
    required?: string[];
  };
  return Object.entries(descriptions).map(([name, description]) => {
    const prop = json.properties[name];
    if (!prop) throw new Error(`${name} is not a parameter of this query schema`);
    // 'a,b' or a repeated parameter: shown as its first form, a comma-separated list.
    const isList = prop.anyOf?.some((branch) => branch.type === 'array');
    return {
      ...q(name, isList ? { type: 'array', items: { type: 'string' } } : prop, description),
      ...(isList ? { style: 'form', explode: false } : {}),
      ...(json.required?.includes(name) ? { required: true } : {}),
    };
  });
}

/** `lang` on a file the API writes (chart exports, the feed): the words it adds, in Korean. */
export const langParameter = {
  name: 'lang',
  in: 'query',
  schema: { type: 'string', enum: ['en', 'ko'], default: 'en' },
  description:
    'en (default) or ko: the words the file adds (titles, labels, footer) in Korean, and links to the /ko pages. CSV column names stay as they are.',
};
