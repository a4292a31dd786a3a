import { z } from 'zod';
import { PARTIAL_DATE, parsePartialDate } from '../dates.ts';

// Field builders shared by the record schemas (event, source, quote, actor, tag, trade
// observation). Messages are written for editors.

export const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((v) => v || null);

/** Only http(s) links: no javascript:, data: or other schemes that could run script. */
export const safeUrl = z
  .string()
  .trim()
  .max(2000, 'URL must be at most 2000 characters')
  .refine((v) => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, 'URL must start with http:// or https://');

export const partialDate = z
  .string()
  .regex(PARTIAL_DATE, 'Date must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => parsePartialDate(v) !== null, 'Date does not exist');
export const optionalPartialDate = partialDate.nullish().transform((v) => v || null);

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ACTOR_CODE = /^[A-Z][A-Z0-9_]*$/;
export const actorCode = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .toUpperCase()
    .max(20, `${label} must be at most 20 characters`)
    .regex(ACTOR_CODE, `${label} must be an actor code like KP or NATO`);

export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;

/** An update names the version it was based on (optimistic concurrency). */
export const withVersion = <S extends z.ZodType>(schema: S) =>
  z.intersection(
    schema,
    z.object({
      version: z.coerce
        .number({ error: 'Version is required' })
        .int()
        .min(1, 'Version is required'),
    }),
  );
