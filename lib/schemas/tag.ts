import { z } from 'zod';
import { SLUG, text, withVersion } from './common.ts';

export const tagInputSchema = z.object({
  slug: z
    .string({ error: 'Slug is required' })
    .trim()
    .toLowerCase()
    .max(60, 'Slug must be at most 60 characters')
    .regex(SLUG, 'Slug may use lower-case letters, digits and single hyphens'),
  name: text('Name', 100),
});

export type TagInput = z.infer<typeof tagInputSchema>;
export const tagUpdateSchema = withVersion(tagInputSchema);
