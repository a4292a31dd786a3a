import { z } from 'zod';
import {
  ACTOR_KINDS,
  CLAIM_STATUSES,
  CONFIDENCE_LEVELS,
  CREDIBILITY_MAX,
  CREDIBILITY_MIN,
  DATE_PRECISIONS,
  EVENT_LINK_KINDS,
  PUBLICATIONS,
  RELIABILITY_GRADES,
} from '../enums.ts';
import { color, instant, isoDay, koText, partialDay } from './shared.ts';

// The event shapes the read API answers with (lib/db/events/reads.ts, event-list.ts, timeline.ts).

const datePrecision = z.enum(DATE_PRECISIONS);
const claimStatus = z.enum(CLAIM_STATUSES);

const segmentSchema = z.object({ text: z.string(), isMatch: z.boolean() });

export const eventSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleKo: koText('The title'),
  date: isoDay.describe('The first day the event covers.'),
  endDate: isoDay.nullable(),
  datePrecision: datePrecision.describe('How precisely `date` is known.'),
  status: claimStatus,
  actors: z.array(
    z.object({ code: z.string(), name: z.string(), nameKo: koText('The name'), color }),
  ),
  tags: z.array(z.string()).describe('Tag slugs.'),
  highlight: z
    .object({
      title: z.array(segmentSchema),
      summary: z.array(segmentSchema),
      quote: z
        .object({ speaker: z.string(), text: z.array(segmentSchema) })
        .optional()
        .describe('A quote of the event that matches, its matches marked.'),
    })
    .optional()
    .describe('With `q`: the title and a summary snippet as segments, matches marked.'),
});

export const eventPageSchema = z.object({
  items: z.array(eventSummarySchema),
  nextCursor: z
    .string()
    .nullable()
    .describe('Pass as `cursor` for the next page; null at the end.'),
});

/** A source as an event, its quotes and its status history cite it. */
export const sourceRefSchema = z.object({
  key: z.string().nullable().describe('The seed dataset’s key, if it came from there.'),
  publisher: z.string(),
  title: z.string(),
  titleIsDescriptive: z.boolean().describe('The title describes the item; it is not its own.'),
  url: z.string().nullable(),
  publishedAt: partialDay.nullable(),
  reliability: z
    .enum(RELIABILITY_GRADES)
    .nullable()
    .describe('NATO Admiralty scale, A to F; null: not graded yet.'),
  gradeReason: z
    .string()
    .nullable()
    .optional()
    .describe('Why the source has its grade (the seed’s rule by kind of publisher).'),
  archiveUrl: z
    .string()
    .nullable()
    .optional()
    .describe('A copy kept by a public web archive, when an editor recorded one.'),
});

export const eventSchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string().describe('Markdown.'),
  titleKo: koText('The title'),
  summaryKo: koText('The summary (markdown)'),
  date: isoDay,
  endDate: isoDay.nullable(),
  datePrecision,
  status: claimStatus,
  publication: z.enum(PUBLICATIONS).describe('Readers see published events only.'),
  location: z
    .object({ name: z.string(), lat: z.number().nullable(), lon: z.number().nullable() })
    .nullable(),
  importance: z.number().int().min(1).max(5),
  confidence: z.enum(CONFIDENCE_LEVELS),
  notes: z.string().nullable(),
  actors: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameKo: koText('The name'),
      kind: z.enum(ACTOR_KINDS),
      color,
      role: z.string(),
    }),
  ),
  tags: z.array(z.string()),
  sources: z.array(
    sourceRefSchema.extend({
      credibility: z
        .number()
        .int()
        .min(CREDIBILITY_MIN)
        .max(CREDIBILITY_MAX)
        .nullable()
        .describe('Admiralty scale, 1 to 6; null: not graded yet.'),
      primary: z
        .boolean()
        .optional()
        .describe('The record of the statement itself (listed first).'),
    }),
  ),
  quotes: z.array(
    z.object({
      key: z.string().nullable(),
      speaker: z.string(),
      role: z.string().nullable(),
      text: z.string(),
      isFragment: z.boolean(),
      language: z.string(),
      translation: z.string().nullable(),
      date: partialDay.nullable(),
      venue: z.string().nullable(),
      quotedVia: z.string().nullable(),
      isVerified: z.boolean(),
      confidence: z.enum(CONFIDENCE_LEVELS),
      notes: z.string().nullable(),
      sources: z.array(sourceRefSchema),
    }),
  ),
  statusHistory: z.array(
    z.object({
      from: claimStatus.nullable(),
      to: claimStatus,
      at: instant.describe('When the change was recorded.'),
      effectiveDate: isoDay
        .nullable()
        .optional()
        .describe('The day it took effect in public: the date of the source that moved it.'),
      reason: z.string(),
      source: sourceRefSchema.nullable(),
    }),
  ),
  version: z.number().int().min(1),
  createdAt: instant,
  updatedAt: instant,
});

/** A link of an event to another, as the event's page and API list it. */
export const eventLinkLineSchema = z.object({
  id: z.number().int().describe('The link’s number (/api/event-links/{id}).'),
  kind: z.enum(EVENT_LINK_KINDS),
  direction: z
    .enum(['out', 'in'])
    .describe(
      '`out`: this event responds to / follows from `other`; `in`: `other` responds to it.',
    ),
  other: z.object({
    slug: z.string(),
    title: z.string(),
    titleKo: koText('The title'),
    date: isoDay.describe('First day the other event covers.'),
    datePrecision,
  }),
  note: z.string().nullable(),
});

/** One event as GET /api/events/{slug} answers: the event and its links both ways. */
export const eventWithLinksSchema = eventSchema.extend({
  links: z
    .array(eventLinkLineSchema)
    .optional()
    .describe(
      'Links to and from other events the caller may see (both ends published for readers); left out of a revision (`rev`).',
    ),
});

const laneSchema = z.object({
  key: z.string(),
  label: z.string(),
  labelKo: koText('An actor lane’s name'),
  color: z.string().nullable(),
});
const bucketSchema = z.object({
  t: z.number().int().describe('Start of the bucket, epoch milliseconds UTC.'),
  count: z.number().int(),
});

export const timelineSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('items'),
    from: isoDay,
    to: isoDay,
    total: z.number().int(),
    extent: z
      .object({ from: isoDay, to: isoDay })
      .nullable()
      .optional()
      .describe('First and last day of every event matching the filters, whatever the window.'),
    lanes: z.array(laneSchema),
    items: z.array(eventSummarySchema.extend({ lanes: z.array(z.string()) })),
    links: z
      .array(
        z.object({
          from: z.string().describe('Slug of the event that responds or follows.'),
          to: z.string().describe('Slug of the event it responds to or follows from.'),
          kind: z.enum(EVENT_LINK_KINDS),
        }),
      )
      .describe('Links between events of `items` (both ends among them).'),
  }),
  z.object({
    mode: z.literal('buckets'),
    from: isoDay,
    to: isoDay,
    total: z.number().int(),
    extent: z
      .object({ from: isoDay, to: isoDay })
      .nullable()
      .optional()
      .describe('First and last day of every event matching the filters, whatever the window.'),
    bucket: z.enum(['day', 'week', 'month', 'year']),
    lanes: z.array(laneSchema.extend({ buckets: z.array(bucketSchema) })),
    totals: z.array(bucketSchema),
  }),
]);

export const filterFacetsSchema = z.object({
  actors: z
    .record(z.string(), z.number().int())
    .describe(
      'Events per actor code under the other filters (with actorMode=all, also naming the chosen actors).',
    ),
  tags: z
    .record(z.string(), z.number().int())
    .describe('Events per tag slug under the other filters.'),
});
