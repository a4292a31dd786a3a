import { z } from 'zod';
import { asOfQuerySchema } from './event-query.ts';

// The estimate tracker's query: one quantity (all when left out), as known on a day.
export const estimateQuerySchema = asOfQuerySchema.extend({
  quantity: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().trim().max(200, 'Quantity must be at most 200 characters').optional(),
  ),
});

export type EstimateQuery = z.infer<typeof estimateQuerySchema>;
