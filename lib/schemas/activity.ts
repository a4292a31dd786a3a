import { z } from 'zod';
import { csvList, year } from './trade.ts';

// The activity chart's view (/charts/activity, its embed and /api/charts/activity.*).

const DEFAULT_KEYS = {
  actor: ['KP', 'RU', 'CN'],
  tag: ['military', 'diplomacy', 'sanctions'],
} as const;

export const activityQuerySchema = z
  .object({
    by: z.enum(['actor', 'tag'], { message: 'by must be actor or tag' }).default('actor'),
    /** Actor codes or tag slugs, after `by`; none: the defaults above. */
    keys: csvList(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'key', 8).optional(),
    bucket: z.enum(['year', 'month'], { message: 'bucket must be year or month' }).default('year'),
    from: year('from').optional(),
    to: year('to').optional(),
    chart: z.enum(['bar', 'line'], { message: 'chart must be bar or line' }).default('bar'),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    message: 'to must not be before from',
  })
  .transform((q) => ({ ...q, keys: q.keys?.length ? q.keys : [...DEFAULT_KEYS[q.by]] }));

export type ActivityQuery = z.infer<typeof activityQuerySchema>;

export function activityQueryString(q: ActivityQuery): string {
  const p = new URLSearchParams();
  p.set('by', q.by);
  p.set('keys', q.keys.join(','));
  if (q.bucket !== 'year') p.set('bucket', q.bucket);
  if (q.from !== undefined) p.set('from', String(q.from));
  if (q.to !== undefined) p.set('to', String(q.to));
  if (q.chart !== 'bar') p.set('chart', q.chart);
  return p.toString().replace(/%2C/g, ',');
}
