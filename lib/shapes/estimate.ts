import type { z } from 'zod';
import type { estimateListSchema, estimatePointSchema } from '../schemas/responses/estimates.ts';

/** One claim on the estimate tracker and the event page. */
export type EstimatePoint = z.output<typeof estimatePointSchema>;
export type EstimateList = z.output<typeof estimateListSchema>;
