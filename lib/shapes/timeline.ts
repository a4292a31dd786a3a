import type { z } from 'zod';
import type { filterFacetsSchema, timelineSchema } from '../schemas/responses/events.ts';

/** A timeline window: its events one by one, or (when dense) counts per lane and bucket. */
export type TimelineData = z.output<typeof timelineSchema>;

type Items = Extract<TimelineData, { mode: 'items' }>;
type Buckets = Extract<TimelineData, { mode: 'buckets' }>;

export type TimelineItem = Items['items'][number];
export type Lane = Items['lanes'][number];
export type Bucket = Buckets['totals'][number];

/** Events per actor and per tag under the other active filters (the filter bar's counts). */
export type FilterFacets = z.output<typeof filterFacetsSchema>;
