import { z } from 'zod';
import { rowNumber } from './common.ts';

/** `?rev=N` on an event page or its API: a revision number. */
export const revisionQuerySchema = z.object({
  rev: rowNumber('rev', 'rev must be a revision number (1 or more)').optional(),
});

export const CITATION_FORMATS = ['bibtex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** `/api/events/{slug}/citation?format&of&rev`: what to download, in which format. */
export const citationQuerySchema = revisionQuerySchema.extend({
  format: z.enum(CITATION_FORMATS, { error: 'format must be bibtex, ris or csl-json' }),
  of: z.enum(['event', 'sources'], { error: 'of must be event or sources' }).default('event'),
});

export type CitationQuery = z.output<typeof citationQuerySchema>;
