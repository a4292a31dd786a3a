import { z } from 'zod';
import { koText, partialDay } from './shared.ts';

// The estimate tracker's data: each claim with its claimant, source and event.

export const estimatePointSchema = z.object({
  id: z.number().int(),
  quantity: z.string(),
  quantityKo: koText('The quantity'),
  low: z.number().nullable(),
  best: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string(),
  refersTo: partialDay.describe('The day the figure is about.'),
  claimant: z.object({
    code: z.string(),
    name: z.string(),
    nameKo: koText('The claimant’s name'),
    color: z.string().nullable(),
  }),
  source: z.object({
    id: z.number().int(),
    publisher: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    publishedAt: partialDay.nullable().describe('When the claim became public.'),
  }),
  event: z
    .object({ slug: z.string(), title: z.string(), titleKo: koText('The event’s title') })
    .nullable(),
  notes: z.string().nullable(),
});

export const estimateListSchema = z.object({
  quantity: z.string().nullable().describe('The quantity asked for; null: every quantity.'),
  asOf: z.string().nullable().describe('As known on this day; null: everything.'),
  quantities: z
    .array(
      z.object({
        quantity: z.string(),
        quantityKo: koText('The quantity'),
        count: z.number().int(),
      }),
    )
    .describe('Every quantity with estimates readers may see, for choosing one.'),
  items: z.array(estimatePointSchema),
});
