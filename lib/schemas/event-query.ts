import { z } from 'zod';
import { parsePartialDate, periodEnd } from '../dates.ts';
import { ACTOR_CODE, fromYear100, SLUG_FILTER, string, YEAR_MESSAGE } from './common.ts';
import { ACTOR_MODES, CLAIM_STATUSES, EVENT_SORTS, oneOf } from './enums.ts';

// Query-string schemas shared by the reader pages and the JSON API, so a URL means the
// same thing in the browser and to a script. Repeatable parameters (?actor=KP&actor=RU)
// arrive as a string or an array; both become an array.

/** `none`: one band, one mark per event (the default); the others draw a lane per value. */
export const LANE_KINDS = ['actor', 'tag', 'status', 'none'] as const;
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

const many = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v.filter((x) => x !== '') : [v]),
    z.array(item).max(50),
  );

const partialDate = z
  .string()
  .refine(fromYear100, YEAR_MESSAGE)
  .refine((v) => parsePartialDate(v) !== null, 'Use a date like 2024, 2024-10 or 2024-10-23');

const optionalText = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  string('Search text').trim().max(200, 'At most 200 characters').optional(),
);

const CODE = ACTOR_CODE.source.slice(1, -1);
/** One followed item: an actor, a tag, or a pair of actors named together. */
export const FOLLOW_ITEM = new RegExp(
  `^(actor:${CODE}|tag:${SLUG_FILTER.source.slice(1, -1)}|pair:${CODE}-${CODE})$`,
);

const eventFilterFields = z.object({
  from: z.preprocess((v) => (v === '' ? undefined : v), partialDate.optional()),
  to: z.preprocess((v) => (v === '' ? undefined : v), partialDate.optional()),
  actor: many(z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'Use actor codes such as KP or NATO')),
  tag: many(
    z
      .string()
      .max(64, 'Use tag slugs such as military')
      .regex(SLUG_FILTER, 'Use tag slugs such as military'),
  ),
  /** any: events naming one of the actors; all: events naming every one of them. */
  actorMode: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(ACTOR_MODES, `Use ${oneOf(ACTOR_MODES)}`).default('any'),
  ),
  status: many(z.enum(CLAIM_STATUSES, `Use ${oneOf(CLAIM_STATUSES)}`)),
  q: optionalText,
  /** A reader's watchlist: events matching any one item (the other filters still apply). */
  follow: many(z.string().regex(FOLLOW_ITEM, 'Use actor:KP, tag:sanctions or pair:KP-RU')),
  /** As known on this day: events public by then, with the status in force then. */
  asOf: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine(fromYear100, YEAR_MESSAGE)
      .refine(
        (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && parsePartialDate(v) !== null,
        'Use a day written YYYY-MM-DD, such as 2024-10-20',
      )
      .optional(),
  ),
});

/** "to" before "from" is a mistake worth naming, not an empty result. */
const inOrder = (v: { from?: string; to?: string }) =>
  !v.from || !v.to || windowBounds(v).start! <= windowBounds(v).end!;
const ORDER_ERROR = { message: 'The end of the range is before its start', path: ['to'] };

export const eventFilterSchema = eventFilterFields.refine(inOrder, ORDER_ERROR);

/** Without it: relevance when searching, else newest first. */
const sortField = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z.enum(EVENT_SORTS, `Use ${oneOf(EVENT_SORTS)}`).optional(),
);

const cursorSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,400}$/, 'Not a cursor from a previous page');

export const eventQuerySchema = eventFilterFields
  .extend({
    cursor: cursorSchema.optional(),
    limit: z.coerce
      .number()
      .int('Use a whole number')
      .min(1, 'At least 1')
      .max(MAX_LIMIT, `At most ${MAX_LIMIT}`)
      .default(DEFAULT_LIMIT),
    sort: sortField,
  })
  .refine(inOrder, ORDER_ERROR);

/** actorMode may be left out by callers in code (any); parsed queries always carry it. */
type ActorModeOptional<T extends { actorMode: unknown }> = Omit<T, 'actorMode'> &
  Partial<Pick<T, 'actorMode'>>;
export type EventFilter = ActorModeOptional<z.infer<typeof eventFilterFields>>;

/** `?asOf=YYYY-MM-DD` alone: the pages and reads that take only the date. */
export const asOfQuerySchema = eventFilterFields.pick({ asOf: true });
export type EventQuery = ActorModeOptional<z.infer<typeof eventQuerySchema>>;

/**
 * Events a timeline window draws one by one; above it, per-lane counts. 500 marks already
 * crowd a 1,000-pixel axis, and counts answer a dense window from the kept day counts
 * instead of reading every event's summary.
 */
export const DEFAULT_MAX_ITEMS = 500;

const viewDate = z.preprocess((v) => (v === '' ? undefined : v), partialDate.optional());
const viewInOrder = (v: { start?: string; end?: string }) =>
  !v.start || !v.end || windowBounds({ from: v.start }).start! <= windowBounds({ to: v.end }).end!;

/**
 * The timeline: the filters (from/to among them), the window the reader looks at
 * (start/end; without them the filter's dates, else every matching event), its pixel width,
 * lanes and the selected event. Zooming changes start/end only, never the filter.
 */
export const timelineQuerySchema = eventFilterFields
  .extend({
    start: viewDate,
    end: viewDate,
    /** The order of the list under the timeline. */
    sort: sortField,
    width: z.coerce
      .number()
      .int('Use a whole number')
      .min(100, 'At least 100')
      .max(10000, 'At most 10000')
      .default(1000),
    lanes: z.enum(LANE_KINDS, 'Use actor, tag, status or none').default('none'),
    /** Lanes by actor leave people out (folded into "Other actors") unless this is 1. */
    people: z.literal('1', 'Use 1 to give people their own lanes').optional(),
    event: z
      .string()
      .regex(/^[a-z0-9-]{1,200}$/, 'Not an event slug')
      .optional(),
    /** Show on timeline: without start/end, the window is this event and its neighbours, and it is selected. */
    focus: z
      .string()
      .regex(/^[a-z0-9-]{1,200}$/, 'Not an event slug')
      .optional(),
    /** Above this many events in the window the server sends density buckets instead. */
    maxItems: z.coerce
      .number()
      .int('Use a whole number')
      .min(1, 'At least 1')
      .max(5000, 'At most 5000')
      .default(DEFAULT_MAX_ITEMS),
  })
  .refine(inOrder, ORDER_ERROR)
  .refine(viewInOrder, { message: 'The end of the view is before its start', path: ['end'] });

export type TimelineQuery = z.infer<typeof timelineQuerySchema>;

/** First day of `from`, last day of `to` (inclusive); partial dates cover their whole period. */
export function windowBounds(filter: Pick<EventFilter, 'from' | 'to'>): {
  start: Date | null;
  end: Date | null;
} {
  const from = filter.from ? parsePartialDate(filter.from) : null;
  const to = filter.to ? parsePartialDate(filter.to) : null;
  return { start: from?.date ?? null, end: to ? periodEnd(to.date, to.precision) : null };
}

/** Turns a parsed filter back into query parameters (stable order), for links and exports. */
export function filterToParams(filter: Partial<EventFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  for (const a of filter.actor ?? []) params.append('actor', a);
  if (filter.actorMode === 'all') params.set('actorMode', 'all');
  for (const t of filter.tag ?? []) params.append('tag', t);
  for (const s of filter.status ?? []) params.append('status', s);
  if (filter.q) params.set('q', filter.q);
  for (const f of filter.follow ?? []) params.append('follow', f);
  if (filter.asOf) params.set('asOf', filter.asOf);
  return params;
}
