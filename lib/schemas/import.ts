import { z } from 'zod';

/** POST /api/import?mode=dry-run|apply&format=csv|json (format: else from Content-Type). */
export const importQuerySchema = z.object({
  mode: z.enum(['dry-run', 'apply'], { error: 'mode must be dry-run or apply' }).default('dry-run'),
  format: z.enum(['csv', 'json'], { error: 'format must be csv or json' }).optional(),
});
