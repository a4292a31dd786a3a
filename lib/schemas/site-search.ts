import { z } from 'zod';
import { string } from './common.ts';

/** The overview's search box (`/search?q=`): the same limits as the event search. */
export const siteSearchSchema = z.object({
  q: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : typeof v === 'string' && v.trim() === '' ? undefined : v),
    string('Search text').trim().max(200, 'At most 200 characters').optional(),
  ),
});
