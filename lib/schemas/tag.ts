import { z } from 'zod';
import { optionalText, slug, text, withVersion } from './common.ts';

export const tagInputSchema = z.object({
  slug: slug('Slug', 60, 'Slug may use lower-case letters, digits and single hyphens', true),
  name: text('Name', 100),
  /**
   * Korean name; empty: not translated. Absent (a form without the field): left as it is,
   * so renaming a tag in English keeps its Korean name.
   */
  nameKo: optionalText('Korean name', 100).optional(),
});

export type TagInput = z.infer<typeof tagInputSchema>;
export const tagUpdateSchema = withVersion(tagInputSchema);
