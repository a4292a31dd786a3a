import { z } from 'zod';
import { string } from './common.ts';
import { oneOf, ROLES } from './enums.ts';

export const passwordSchema = z
  .string()
  .min(12, 'Password must be at least 12 characters')
  .max(200, 'Password must be at most 200 characters');

export const userCreateSchema = z.object({
  email: z.string().trim().toLowerCase().email('E-mail must be a valid address').max(320),
  name: string('Name')
    .trim()
    .min(1, 'Name is required')
    .max(120, 'Name must be at most 120 characters'),
  role: z.enum(ROLES, { error: `Role must be ${oneOf(ROLES)}` }),
  password: passwordSchema,
});

export const tokenCreateSchema = z.object({
  name: string('Name')
    .trim()
    .min(1, 'Name the token, e.g. "import script"')
    .max(80, 'Name must be at most 80 characters'),
  expiresInDays: z
    .union([
      z.literal(''),
      z.coerce
        .number()
        .int()
        .min(1, 'Expiry must be 1 to 365 days')
        .max(365, 'Expiry must be 1 to 365 days'),
    ])
    .optional(),
  /** The last day the token works (UTC); empty: it never expires. */
  expiresOn: z
    .union([
      z.literal(''),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expiry date must be YYYY-MM-DD')
        .refine(
          (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)),
          'Expiry date must be a real day',
        )
        .refine(
          (d) => Date.parse(`${d}T23:59:59.999Z`) > Date.now(),
          'Expiry date must be today or later',
        ),
    ])
    .optional(),
  scope: z
    .enum(['read', 'write'], { error: 'Scope must be read (read-only) or write (read and write)' })
    .default('write'),
});
