import { z } from 'zod';
import { parsePartialDate } from '../dates.ts';
import { RELATION_KINDS } from '../alliances/kinds.ts';
import { fromYear100, string, withVersion, YEAR_MESSAGE } from './common.ts';
import { CLAIM_STATUSES, safeUrl } from './event.ts';

// A relation between two actors, as editors, the API and revisions see it.

const code = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .regex(/^[A-Z][A-Z0-9_]*$/, `${label} must be an actor code like KP`);
const isoDay = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .refine(fromYear100, YEAR_MESSAGE)
    .refine(
      (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && parsePartialDate(v) !== null,
      `${label} must be a real day written YYYY-MM-DD`,
    );

export const relationInputSchema = z
  .object({
    a: code('First actor'),
    b: code('Second actor'),
    kind: z.enum(
      Object.keys(RELATION_KINDS) as [
        keyof typeof RELATION_KINDS,
        ...(keyof typeof RELATION_KINDS)[],
      ],
      { error: 'Choose a kind of relation' },
    ),
    title: string('Title', { error: 'Title is required' })
      .trim()
      .min(1, 'Title is required')
      .max(300, 'Title must be at most 300 characters'),
    start: isoDay('Start date'),
    end: isoDay('End date')
      .nullish()
      .transform((v) => v || null),
    status: z.enum(CLAIM_STATUSES, { error: 'Choose a status' }).default('confirmed'),
    notes: string('Notes')
      .trim()
      .max(5000, 'Notes must be at most 5000 characters')
      .nullish()
      .transform((v) => v || null),
    sourceUrls: z.array(safeUrl).max(20, 'At most 20 sources').default([]),
    eventSlugs: z
      .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Events are named by their slug'))
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
