import { z } from 'zod';
import { msg, parseMsg } from '../i18n/api-messages.ts';
import { actorCode, optionalText, safeUrl, slug, string, text, withVersion } from './common.ts';
import {
  CLAIM_STATUSES,
  CONFIDENCE_LEVELS,
  CREDIBILITY_MAX,
  CREDIBILITY_MIN,
  DATE_PRECISIONS,
  oneOf,
  PUBLICATIONS,
} from './enums.ts';
import { eventDate, eventDatesIssues, resolveEventDates } from './event-dates.ts';
import { quoteFieldsSchema } from './quote.ts';
import { sourceInputSchema } from './source.ts';

// The one event shape (DESIGN.md) for forms, API, import and revert. Messages are for editors.

const TITLE_MAX = 300;
const SUMMARY_MAX = 20_000;
const CREDIBILITY_RANGE = { min: CREDIBILITY_MIN, max: CREDIBILITY_MAX };
const CREDIBILITY_MESSAGE = msg('credibility', CREDIBILITY_RANGE);
const CHOOSE_SOURCE = msg('chooseEventSource');
const oneOfMessage = (label: string, values: readonly string[]) =>
  msg('oneOf', { label, list: oneOf(values) });
const atMost = (max: number, items: string) => msg('atMostItems', { max, items });

/** A source as the event form gives it: the source itself plus this event's credibility. */
const eventSourceInputSchema = sourceInputSchema.extend({
  title: text('Source title', 500),
  credibility: z.coerce
    .number({ error: msg('credibilityNumber', CREDIBILITY_RANGE) })
    .int()
    .min(CREDIBILITY_MIN, CREDIBILITY_MESSAGE)
    .max(CREDIBILITY_MAX, CREDIBILITY_MESSAGE)
    .nullish()
    .transform((v) => v ?? null),
});

/** A quote as the event form gives it; `source` is the position (from 1) of the event source it comes from. */
const eventQuoteInputSchema = quoteFieldsSchema.extend({
  source: z.coerce
    .number({ error: CHOOSE_SOURCE })
    .int()
    .min(1, CHOOSE_SOURCE)
    .nullish()
    .transform((v) => v ?? null),
});

/** The event's plain (one-value) fields, as the editor form and a CSV row carry them. */
export const EVENT_PLAIN_FIELDS = [
  'slug',
  'title',
  'summary',
  'titleKo',
  'summaryKo',
  'date',
  'endDate',
  'datePrecision',
  'status',
  'publication',
  'importance',
  'confidence',
  'notes',
  'statusReason',
] as const;

export const eventInputSchema = z
  .object({
    slug: slug('Slug', 120, msg('slugFormat', { label: 'Slug' })),
    title: text('Title', TITLE_MAX),
    summary: string('Summary')
      .max(SUMMARY_MAX, msg('maxLength', { label: 'Summary', max: SUMMARY_MAX }))
      .default(''),
    /** Korean title and summary; empty: not translated (readers see the English, marked). */
    titleKo: optionalText('Korean title', TITLE_MAX),
    summaryKo: optionalText('Korean summary', SUMMARY_MAX),
    /** 2024, 2024-11 or 2024-11-20: the precision follows from what was typed (event-dates.ts). */
    date: eventDate('Date'),
    endDate: eventDate('End date')
      .nullish()
      .transform((v) => v || null),
    /** Only needed with a full day that stands for a month or year (the stored form, 2024-11-01). */
    datePrecision: z
      .enum(DATE_PRECISIONS, { error: oneOfMessage('Date precision', DATE_PRECISIONS) })
      .optional(),
    status: z
      .enum(CLAIM_STATUSES, { error: oneOfMessage('Status', CLAIM_STATUSES) })
      .default('reported'),
    publication: z
      .enum(PUBLICATIONS, { error: oneOfMessage('Publication', PUBLICATIONS) })
      .default('draft'),
    location: z
      .object({
        name: text('Place name', 200),
        lat: z.coerce.number().min(-90, msg('latitude')).max(90, msg('latitude')).nullish(),
        lon: z.coerce.number().min(-180, msg('longitude')).max(180, msg('longitude')).nullish(),
      })
      .nullish()
      .transform((v) => v ?? null),
    importance: z.coerce
      .number()
      .int()
      .min(1, msg('importance'))
      .max(5, msg('importance'))
      .default(3),
    confidence: z
      .enum(CONFIDENCE_LEVELS, { error: oneOfMessage('Confidence', CONFIDENCE_LEVELS) })
      .default('medium'),
    notes: optionalText('Notes', SUMMARY_MAX),
    actors: z
      .array(
        z.object({
          code: actorCode('Actor'),
          role: string('Role')
            .trim()
            .min(1, msg('notEmpty', { label: 'Role' }))
            .max(40, msg('maxLength', { label: 'Role', max: 40 }))
            .default('participant'),
        }),
      )
      .max(50, atMost(50, 'actors'))
      .default([]),
    tags: z
      .array(slug('Tag', 60, msg('slugFormat', { label: 'Tags' }), true))
      .max(30, atMost(30, 'tags'))
      .default([]),
    sources: z.array(eventSourceInputSchema).max(50, atMost(50, 'sources')).default([]),
    quotes: z.array(eventQuoteInputSchema).max(50, atMost(50, 'quotes')).default([]),
    /** Why the claim status changed, and which source moved it (required on a status change). */
    statusReason: optionalText('Reason', 1000),
    statusSourceUrl: safeUrl.nullish().transform((v) => v || null),
  })
  .superRefine((e, ctx) => {
    e.quotes.forEach((q, i) => {
      if (q.source !== null && q.source > e.sources.length)
        ctx.addIssue({
          code: 'custom',
          path: ['quotes', i, 'source'],
          message: CHOOSE_SOURCE,
        });
    });
    for (const { path, message } of eventDatesIssues(e))
      ctx.addIssue({ code: 'custom', path: [path], message });
    const codes = e.actors.map((a) => a.code);
    codes.forEach((c, i) => {
      if (codes.indexOf(c) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['actors', i, 'code'],
          message: parseMsg('actorListedTwice', { code: c }),
        });
    });
  })
  .transform((e) => ({ ...e, ...resolveEventDates(e) }));

export type EventInput = z.infer<typeof eventInputSchema>;

/** An update names the version it was based on (optimistic concurrency). */
export const eventUpdateSchema = withVersion(eventInputSchema);
