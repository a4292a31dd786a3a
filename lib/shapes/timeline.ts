import type { z } from 'zod';
import type { timelineSchema } from '../schemas/responses/events.ts';

/** A timeline window: its events one by one, or (when dense) counts per lane and bucket. */
export type TimelineData = z.output<typeof timelineSchema>;

type Items = Extract<TimelineData, { mode: 'items' }>;
type Buckets = Extract<TimelineData, { mode: 'buckets' }>;

export type TimelineItem = Items['items'][number];
export type Lane = Items['lanes'][number];
export type Bucket = Buckets['totals'][number];
