import { z } from 'zod';
import { EVENT_LINK_KINDS } from './enums.ts';
import { optionalText, rowNumber, SLUG, withVersion } from './common.ts';

// A link between two events: `from` responds to (or follows from) `to`, with an optional
// note saying why and the source that says so. Both events are named by slug.

const eventSlug = (label: string) =>
  z
    .string({ error: `${label} is required (an event slug)` })
    .trim()
    .min(1, `${label} is required (an event slug)`)
    .max(200, `${label} must be at most 200 characters`)
    .regex(SLUG, `${label} is named by its slug`);

export const eventLinkInputSchema = z
  .object({
    from: eventSlug('This event').describe('The event that responds or follows (its slug).'),
    to: eventSlug('Earlier event').describe('The event it responds to or follows from (its slug).'),
    kind: z.enum(EVENT_LINK_KINDS, {
      error: `Kind must be one of ${EVENT_LINK_KINDS.join(', ')}`,
    }),
    note: optionalText('Note', 2000).describe('Why the events are linked, ideally quoted.'),
    source: z
      .preprocess(
        (v) => (v === '' || v === undefined ? null : v),
        rowNumber('Source number', 'Source is named by its number').nullable(),
      )
      .describe('The id of the source that states the link (optional).'),
  })
  .refine((l) => l.from !== l.to, {
    path: ['to'],
    message: 'An event cannot be linked to itself',
  });

export type EventLinkInput = z.infer<typeof eventLinkInputSchema>;
export const eventLinkUpdateSchema = withVersion(eventLinkInputSchema);
