import { z } from 'zod';
import { msg } from '../i18n/api-messages.ts';
import { optionalPartialDate, optionalText, safeUrl, text, withVersion } from './common.ts';
import { RELIABILITY_GRADES } from './enums.ts';

// A source as editors, the API and revisions see it. The event form adds credibility.
// An empty string from a form's "not graded" choice reads as no grade.

export const sourceInputSchema = z.object({
  publisher: text('Publisher', 200),
  title: text('Title', 500),
  url: safeUrl.nullish().transform((v) => v || null),
  /** A copy in a public web archive (the Wayback Machine, archive.today), if one is known. */
  archiveUrl: safeUrl.nullish().transform((v) => v || null),
  publishedAt: optionalPartialDate,
  /** Null (absent or empty): not graded yet. A grade is a decision, never a default. */
  reliability: z
    .enum(RELIABILITY_GRADES, { error: msg('reliabilityGrade') })
    .nullish()
    .transform((v) => v ?? null),
  /** Why the source has its grade (the seed's rule by kind of publisher, or an editor's note). */
  gradeReason: optionalText('Grade reason', 1000).optional(),
});

export type SourceInput = z.infer<typeof sourceInputSchema>;
export const sourceUpdateSchema = withVersion(sourceInputSchema);
