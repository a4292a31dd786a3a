import { z } from 'zod';
import { optionalText, slug, text, withVersion } from './common.ts';

export const tagInputSchema = z.object({
  slug: slug('Slug', 60, 'Slug may use lower-case letters, digits and single hyphens', true),
  name: text('Name', 100),
  /** Korean name; empty: not translated. */
  nameKo: optionalText('Korean name', 100),
});

export type TagInput = z.infer<typeof tagInputSchema>;
export const tagUpdateSchema = withVersion(tagInputSchema);
