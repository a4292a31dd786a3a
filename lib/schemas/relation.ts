import { z } from 'zod';
import { actorCode, isoDay, optionalText, safeUrl, SLUG, text, withVersion } from './common.ts';
import { CLAIM_STATUSES, OBLIGATION_TYPES, oneOf, RELATION_KIND_VALUES } from './enums.ts';

// A relation between two actors, as editors, the API and revisions see it.

/**
 * One obligation of a treaty (ATOP types), by article: what it commits the parties to in our
 * words, the source that reports it (one of the relation's sources) and, where the source
 * prints the text, a verbatim quote.
 */
export const obligationSchema = z.object({
  type: z.enum(OBLIGATION_TYPES, { error: `Obligation type must be ${oneOf(OBLIGATION_TYPES)}` }),
  article: text('Article', 40),
  summary: text('Summary', 1000),
  quote: optionalText('Quote', 2000),
  sourceUrl: safeUrl,
});

/** One designation under a sanctions regime: who listed whom, under what, when, by which act. */
export const designationSchema = z.object({
  authority: text('Designating authority', 200),
  programme: text('Programme', 200),
  party: text('Designated party', 300),
  listedOn: isoDay('Listing date'),
  legalActUrl: safeUrl,
});

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
    obligations: z.array(obligationSchema).max(30, 'At most 30 obligations').default([]),
    designations: z.array(designationSchema).max(200, 'At most 200 designations').default([]),
  })
  .refine((r) => r.a !== r.b, { path: ['b'], message: 'A relation needs two different actors' })
  .refine((r) => r.end === null || r.end >= r.start, {
    path: ['end'],
    message: 'End date is before start date',
  })
  .refine((r) => r.kind === 'treaty' || r.obligations.length === 0, {
    path: ['obligations'],
    message: 'Only a treaty records obligations',
  })
  .refine((r) => r.kind === 'sanctions_regime' || r.designations.length === 0, {
    path: ['designations'],
    message: 'Only a sanctions regime records designations',
  })
  .superRefine((r, ctx) => {
    r.obligations.forEach((o, i) => {
      if (!r.sourceUrls.includes(o.sourceUrl))
        ctx.addIssue({
          code: 'custom',
          path: ['obligations', i, 'sourceUrl'],
          message: "An obligation's source must be one of the relation's sources",
        });
    });
  });

export type RelationInput = z.infer<typeof relationInputSchema>;

export const relationUpdateSchema = withVersion(relationInputSchema);
