import { z } from 'zod';
import { actorCode, isoDay, optionalText, safeUrl, SLUG, text, withVersion } from './common.ts';
import { CLAIM_STATUSES, RELATION_KIND_VALUES } from './enums.ts';

// A relation between two actors, as editors, the API and revisions see it.

export const relationInputSchema = z
  .object({
    a: actorCode('First actor'),
    b: actorCode('Second actor'),
    kind: z.enum(RELATION_KIND_VALUES, { error: 'Choose a kind of relation' }),
    title: text('Title', 300),
    start: isoDay('Start date'),
    end: isoDay('End date')
      .nullish()
      .transform((v) => v || null),
    status: z.enum(CLAIM_STATUSES, { error: 'Choose a status' }).default('confirmed'),
    notes: optionalText('Notes', 5000),
    sourceUrls: z.array(safeUrl).max(20, 'At most 20 sources').default([]),
    eventSlugs: z
      .array(z.string().regex(SLUG, 'Events are named by their slug'))
      .max(50, 'At most 50 events')
      .default([]),
  })
  .refine((r) => r.a !== r.b, { path: ['b'], message: 'A relation needs two different actors' })
  .refine((r) => r.end === null || r.end >= r.start, {
    path: ['end'],
    message: 'End date is before start date',
  });

export type RelationInput = z.infer<typeof relationInputSchema>;

export const relationUpdateSchema = withVersion(relationInputSchema);
