import { z } from 'zod';
import { PARTIAL_DATE } from '../dates.ts';
import { ACTOR_CODE, SLUG } from './common.ts';
import {
  ACTOR_KINDS,
  CLAIM_STATUSES,
  CONFIDENCE_LEVELS,
  DATE_PRECISIONS,
  RELATION_KIND_VALUES,
  RELIABILITY_GRADES,
  TRADE_FLOWS,
} from './enums.ts';

// Shapes of the cited seed dataset in prisma/seed/data (see its SOURCES.md). Parsing
// them strictly means a broken edit to the data fails the seed with the field named.

const partialDate = z.string().regex(PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const seedSourceSchema = z.object({
  key: z.string().min(1),
  publication: z.string().min(1),
  title: z.string().min(1),
  titleIsDescriptive: z.boolean(),
  url: z.string().url().nullable(),
  date: partialDate.nullable(),
});

const seedActorSchema = z.object({
  code: z.string().regex(ACTOR_CODE),
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  affiliation: z.string().nullish(),
  role: z.string().nullish(),
  notes: z.string().nullish(),
});

const seedEventSchema = z.object({
  id: z.string().regex(SLUG),
  title: z.string().min(1),
  date: partialDate,
  endDate: partialDate.nullable(),
  datePrecision: z.enum(DATE_PRECISIONS),
  confidence: z.enum(CONFIDENCE_LEVELS),
  summary: z.string(),
  actors: z.array(z.string()),
  people: z.array(z.string()),
  tags: z.array(z.string()),
  status: z.enum(CLAIM_STATUSES),
  notes: z.string().nullable(),
  sources: z.array(seedSourceSchema).min(1),
});

const seedQuoteSchema = z.object({
  id: z.string().min(1),
  speaker: z.string().min(1),
  speakerCode: z.string().nullable(),
  role: z.string().nullable(),
  text: z.string().min(1),
  fragment: z.boolean(),
  date: partialDate.nullable(),
  venue: z.string().nullable(),
  eventSlug: z.string().nullable(),
  quotedVia: z.string().nullable(),
  verifiedAgainstOriginal: z.boolean(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  notes: z.string().nullable(),
  sources: z.array(seedSourceSchema).min(1),
});

export const seedTradeRowSchema = z.object({
  partner_a: z.string().min(1),
  partner_b: z.string().min(1),
  year: z.coerce.number().int().min(1900).max(2100),
  month: z.union([z.literal(''), z.coerce.number().int().min(1).max(12)]),
  flow: z.enum(TRADE_FLOWS),
  value_usd: z.coerce.number().nonnegative(),
  source: z.string().min(1),
  source_url: z.string().url().or(z.literal('')),
  confidence: z.enum(CONFIDENCE_LEVELS),
});

const seedRelationSchema = z.object({
  key: z.string().regex(SLUG),
  a: z.string().min(1),
  b: z.string().min(1),
  kind: z.enum(RELATION_KIND_VALUES),
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  end: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  status: z.enum(CLAIM_STATUSES),
  title: z.string().min(1),
  notes: z.string().nullable(),
  events: z.array(z.string()),
  sources: z.array(z.string()).min(1),
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const figure = z.number().nonnegative().nullable().default(null);

/** prisma/seed/estimates.json: the figures the events state, each citing one of its sources. */
const seedEstimateSchema = z.object({
  key: z.string().regex(SLUG),
  event: z.string().regex(SLUG),
  quantity: z.string().min(1),
  low: figure,
  best: figure,
  high: figure,
  unit: z.string().min(1),
  refersTo: z.string().regex(/^\d{4}(-\d{2}){0,2}$/),
  claimant: z.string().min(1),
  source: z.string().min(1),
  notes: z.string().nullable().default(null),
});

/** prisma/seed/status-history.json: dated status changes, each with the source that moved it. */
const seedStatusHistoriesSchema = z.record(
  z.string().regex(SLUG),
  z
    .array(
      z.object({
        to: z.enum(CLAIM_STATUSES),
        effectiveDate: day,
        source: z.string().min(1),
        reason: z.string().min(1),
      }),
    )
    .min(1),
);

const GRADE_KINDS = ['self', 'wire', 'secondary', 'mirror'] as const;

/** prisma/seed/source-grades.json: the grading rule by kind of publisher, and who is which kind. */
const seedGradesSchema = z.object({
  rule: z
    .array(
      z.object({
        kind: z.enum(GRADE_KINDS),
        grade: z.enum(RELIABILITY_GRADES),
        reason: z.string().min(1),
      }),
    )
    .length(GRADE_KINDS.length),
  sources: z.record(z.string(), z.enum(GRADE_KINDS)),
  publisherPatterns: z.array(z.object({ pattern: z.string(), kind: z.enum(GRADE_KINDS) })),
  defaultKind: z.enum(GRADE_KINDS),
  primary: z.record(z.string().regex(SLUG), z.string().min(1)),
});

export const seedFilesSchema = z.object({
  actors: z.object({ actors: z.array(seedActorSchema) }),
  events: z.object({ events: z.array(seedEventSchema) }),
  quotes: z.object({ quotes: z.array(seedQuoteSchema) }),
  relations: z.object({ relations: z.array(seedRelationSchema) }),
  estimates: z.object({ estimates: z.array(seedEstimateSchema) }),
  statusHistory: z.object({ histories: seedStatusHistoriesSchema }),
  grades: seedGradesSchema,
});

export type SeedEstimate = z.infer<typeof seedEstimateSchema>;
export type SeedStatusHistories = z.infer<typeof seedStatusHistoriesSchema>;
export type SeedGrades = z.infer<typeof seedGradesSchema>;

export type SeedSource = z.infer<typeof seedSourceSchema>;
export type SeedActor = z.infer<typeof seedActorSchema>;
export type SeedEvent = z.infer<typeof seedEventSchema>;
export type SeedQuote = z.infer<typeof seedQuoteSchema>;
export type SeedRelation = z.infer<typeof seedRelationSchema>;
export type SeedTradeRow = z.infer<typeof seedTradeRowSchema>;
