import { z } from 'zod';
import { ACTOR_KINDS, CONFIDENCE_LEVELS, EVENT_LINK_KINDS, TRADE_FLOWS } from '../enums.ts';
import { sourceRefSchema } from './events.ts';
import { color, koText, partialDay, recordStamps } from './shared.ts';

// The records editors write (lib/db/<kind>s/spec.ts snapshots), as the record API answers
// with them: the same shape for a read, a write and a revision.

export const sourceRecordSchema = z.object({
  id: z.number().int().describe('The source’s number, its key in URLs.'),
  ...sourceRefSchema.shape,
  ...recordStamps,
});

export const quoteRecordSchema = z.object({
  id: z.number().int(),
  key: z.string().nullable(),
  speaker: z.string(),
  speakerActor: z.string().nullable().describe('Actor code of the speaker.'),
  role: z.string().nullable(),
  text: z.string(),
  language: z.string(),
  translation: z.string().nullable(),
  date: partialDay.nullable(),
  venue: z.string().nullable(),
  quotedVia: z.string().nullable(),
  event: z.string().nullable().describe('Slug of the event it belongs to.'),
  sources: z.array(z.object({ id: z.number().int(), publisher: z.string(), title: z.string() })),
  ...recordStamps,
});

export const actorRecordSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameKo: koText('The name'),
  kind: z.enum(ACTOR_KINDS),
  color,
  affiliation: z.string().nullable(),
  notes: z.string().nullable(),
  ...recordStamps,
});

export const tagRecordSchema = z.object({
  slug: z.string(),
  name: z.string(),
  nameKo: koText('The name'),
  ...recordStamps,
});

export const tradeObservationRecordSchema = z.object({
  id: z.number().int(),
  reporter: z.string().describe('Actor code.'),
  partner: z.string().describe('Actor code.'),
  year: z.number().int(),
  month: z.number().int().min(1).max(12).nullable(),
  period: z.string().describe("'2024' or '2024-03'."),
  flow: z.enum(TRADE_FLOWS),
  valueUsd: z.number().describe('Nominal US dollars.'),
  compiler: z.string(),
  source: z.number().int().describe('The number of the source reporting the figure.'),
  sourceTitle: z.string(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  notes: z.string().nullable(),
  ...recordStamps,
});

export const estimateRecordSchema = z.object({
  id: z.number().int().describe('The estimate’s number, its key in URLs.'),
  key: z.string().nullable().describe('The seed dataset’s key, if it came from there.'),
  quantity: z.string().describe('What is counted: “North Korean troops in Russia”.'),
  quantityKo: koText('The quantity'),
  low: z.number().nullable().describe('Lower bound; null when the claim gives none.'),
  best: z.number().nullable().describe('The figure as stated; null when only bounds are given.'),
  high: z
    .number()
    .nullable()
    .describe('Upper bound; null when the claim gives none (“at least …”).'),
  unit: z.string(),
  refersTo: partialDay.describe('The day the figure is about.'),
  claimant: z.string().describe('Actor code of who makes the claim.'),
  claimantName: z.string(),
  source: z.number().int().describe('The number of the source the figure comes from.'),
  sourceTitle: z.string(),
  sourcePublishedAt: partialDay.nullable().describe('When the claim became public.'),
  event: z.string().nullable().describe('Slug of the event the claim was made at.'),
  notes: z.string().nullable(),
  ...recordStamps,
});

export const eraRecordSchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleKo: koText('The title'),
  start: partialDay,
  end: partialDay.nullable().describe('Null while the era goes on.'),
  sources: z.array(
    z.object({
      id: z.number().int(),
      publisher: z.string(),
      title: z.string(),
      url: z.string().nullable(),
    }),
  ),
  ...recordStamps,
});

export const eraListSchema = z.object({ items: z.array(eraRecordSchema) });

export const eventLinkRecordSchema = z.object({
  id: z.number().int().describe('The link’s number, its key in URLs.'),
  from: z.string().describe('Slug of the event that responds or follows.'),
  fromTitle: z.string(),
  to: z.string().describe('Slug of the event it responds to or follows from.'),
  toTitle: z.string(),
  kind: z.enum(EVENT_LINK_KINDS),
  note: z.string().nullable().describe('Why the events are linked.'),
  source: z.number().int().nullable().describe('The number of the source that states the link.'),
  sourceTitle: z.string().nullable(),
  ...recordStamps,
});
