import { z } from 'zod';
import { PARTIAL_DATE, parsePartialDate } from '../dates.ts';

// The one event shape (DESIGN.md) for forms, API, import and revert. Messages are for editors.

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 20_000;
export const CLAIM_STATUSES = ['reported', 'confirmed', 'disputed', 'denied', 'retracted'] as const;

const text = (label: string, max: number) =>
  z.string({ error: `${label} is required` }).trim().min(1, `${label} is required`).max(max, `${label} must be at most ${max} characters`);
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label} must be at most ${max} characters`).nullish().transform((v) => v || null);

/** Only http(s) links: no javascript:, data: or other schemes that could run script. */
export const safeUrl = z
  .string()
  .trim()
  .max(2000, 'URL must be at most 2000 characters')
  .refine((v) => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, 'URL must start with http:// or https://');

const isoDay = z.string({ error: 'Date is required' }).refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && parsePartialDate(v) !== null, 'Date must be a real day written YYYY-MM-DD');
const partialDate = z.string().regex(PARTIAL_DATE, 'Date must be YYYY, YYYY-MM or YYYY-MM-DD').refine((v) => parsePartialDate(v) !== null, 'Date does not exist');

export const eventSourceInputSchema = z.object({
  publisher: text('Publisher', 200),
  title: text('Source title', 500),
  url: safeUrl.nullish().transform((v) => v || null),
  publishedAt: partialDate.nullish().transform((v) => v || null),
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F'], { error: 'Reliability must be a grade from A to F' }).default('F'),
  credibility: z.coerce.number({ error: 'Credibility must be a number from 1 to 6' }).int().min(1, 'Credibility must be from 1 to 6').max(6, 'Credibility must be from 1 to 6').default(6),
});

export const eventQuoteInputSchema = z.object({
  speaker: text('Speaker', 200),
  role: optionalText('Role', 300),
  text: text('Quote text', 5000),
  language: z.string().trim().regex(/^[a-z]{2,3}$/, 'Language must be a code such as en or ko').default('en'),
  translation: optionalText('Translation', 5000),
  date: partialDate.nullish().transform((v) => v || null),
  venue: optionalText('Venue', 300),
});

export const eventInputSchema = z
  .object({
    slug: z.string({ error: 'Slug is required' }).trim().max(120, 'Slug must be at most 120 characters').regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Slug may use lower-case letters, digits and single hyphens'),
    title: text('Title', TITLE_MAX),
    summary: z.string().max(SUMMARY_MAX, `Summary must be at most ${SUMMARY_MAX} characters`).default(''),
    date: isoDay,
    endDate: isoDay.nullish().transform((v) => v || null),
    datePrecision: z.enum(['day', 'month', 'year'], { error: 'Date precision must be day, month or year' }).default('day'),
    status: z.enum(CLAIM_STATUSES, { error: 'Status must be reported, confirmed, disputed, denied or retracted' }).default('reported'),
    publication: z.enum(['draft', 'published'], { error: 'Publication must be draft or published' }).default('draft'),
    location: z
      .object({
        name: text('Place name', 200),
        lat: z.coerce.number().min(-90, 'Latitude must be between -90 and 90').max(90, 'Latitude must be between -90 and 90').nullish(),
        lon: z.coerce.number().min(-180, 'Longitude must be between -180 and 180').max(180, 'Longitude must be between -180 and 180').nullish(),
      })
      .nullish()
      .transform((v) => v ?? null),
    importance: z.coerce.number().int().min(1, 'Importance must be from 1 to 5').max(5, 'Importance must be from 1 to 5').default(3),
    confidence: z.enum(['high', 'medium', 'low'], { error: 'Confidence must be high, medium or low' }).default('medium'),
    notes: optionalText('Notes', SUMMARY_MAX),
    actors: z
      .array(z.object({ code: z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]*$/, 'Actor code must be like KP or NATO'), role: z.string().trim().min(1).max(40).default('participant') }))
      .max(50, 'At most 50 actors')
      .default([]),
    tags: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Tags may use lower-case letters, digits and hyphens').max(60)).max(30, 'At most 30 tags').default([]),
    sources: z.array(eventSourceInputSchema).max(50, 'At most 50 sources').default([]),
    quotes: z.array(eventQuoteInputSchema).max(50, 'At most 50 quotes').default([]),
    /** Why the claim status changed, and which source moved it (required on a status change). */
    statusReason: optionalText('Reason', 1000),
    statusSourceUrl: safeUrl.nullish().transform((v) => v || null),
  })
  .superRefine((e, ctx) => {
    if (e.endDate && e.endDate < e.date) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date is before start date' });
    const codes = e.actors.map((a) => a.code);
    codes.forEach((c, i) => {
      if (codes.indexOf(c) !== i) ctx.addIssue({ code: 'custom', path: ['actors', i, 'code'], message: `Actor ${c} is listed twice` });
    });
  });

export type EventInput = z.infer<typeof eventInputSchema>;

/** An update names the version it was based on (optimistic concurrency). */
export const eventUpdateSchema = eventInputSchema.and(
  z.object({ version: z.coerce.number({ error: 'Version is required' }).int().min(1, 'Version is required') }),
);
