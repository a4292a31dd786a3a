import { z } from 'zod';
import { msg } from '../i18n/api-messages.ts';
import {
  actorCode,
  optionalPartialDate,
  optionalText,
  rowNumber,
  SLUG,
  text,
  withVersion,
} from './common.ts';

// A quote: the fields the event form edits, and the full record the quote editor and API edit.

export const quoteFieldsSchema = z.object({
  speaker: text('Speaker', 200),
  role: optionalText('Role', 300),
  text: text('Quote text', 5000),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}$/, msg('languageCode'))
    .default('en'),
  translation: optionalText('Translation', 5000),
  date: optionalPartialDate,
  venue: optionalText('Venue', 300),
});

export const quoteInputSchema = quoteFieldsSchema.extend({
  speakerActor: actorCode('Speaker actor')
    .nullish()
    .transform((v) => v || null),
  quotedVia: optionalText('Quoted via', 300),
  event: z
    .string()
    .trim()
    .regex(SLUG, msg('eventBySlug'))
    .nullish()
    .transform((v) => v || null),
  /** Ids of the sources the quote comes from. */
  sources: z
    .array(rowNumber('Source number', msg('sourcesByNumber')))
    .max(20, msg('atMostItems', { max: 20, items: 'sources' }))
    .default([]),
});

export type QuoteInput = z.infer<typeof quoteInputSchema>;
export const quoteUpdateSchema = withVersion(quoteInputSchema);
