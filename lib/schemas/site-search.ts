import { z } from 'zod';
import { string } from './common.ts';
import { EVENT_SORTS, oneOf } from './enums.ts';

/** The overview's search box (`/search?q=&sort=`): the same limits and orders as the event search. */
export const siteSearchSchema = z.object({
  q: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : typeof v === 'string' && v.trim() === '' ? undefined : v),
    string('Search text').trim().max(200, 'At most 200 characters').optional(),
  ),
  /** Relevance unless a date order is asked for (newest or oldest first). */
  sort: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v === '' ? undefined : v),
    z.enum(EVENT_SORTS, `Sort must be ${oneOf(EVENT_SORTS)}`).default('relevance'),
  ),
});

export type SiteSearchSort = (typeof EVENT_SORTS)[number];
