import { z } from 'zod';
import { msg } from '../i18n/api-messages.ts';
import { parsePartialDate, periodEnd } from '../dates.ts';
import {
  optionalPartialDate,
  optionalText,
  partialDate,
  rowNumber,
  slug,
  text,
  withVersion,
} from './common.ts';

/** An era: a period drawn behind the timeline, as precise as its sources date it. */
export const eraInputSchema = z
  .object({
    slug: slug('Slug', 80, msg('slugFormat', { label: 'Slug' }), true),
    title: text('Title', 160),
    /** Empty: not translated. */
    titleKo: optionalText('Korean title', 160),
    start: partialDate,
    /** Empty: the era is still going on. */
    end: optionalPartialDate,
    /** Ids of the sources that date it. */
    sources: z
      .array(rowNumber('Source number', msg('sourcesByNumber')))
      .max(20, msg('atMostItems', { max: 20, items: 'sources' }))
      .default([]),
  })
  .refine(
    (e) => {
      // Runs even when a date failed its own check (zod goes on); only judge two real dates.
      const start = parsePartialDate(e.start);
      const end = e.end ? parsePartialDate(e.end) : null;
      return !start || !end || periodEnd(end.date, end.precision) >= start.date;
    },
    { path: ['end'], message: msg('eraEndBeforeStart') },
  );

export type EraInput = z.infer<typeof eraInputSchema>;
export const eraUpdateSchema = withVersion(eraInputSchema);
