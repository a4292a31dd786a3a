import { z } from 'zod';
import { decodeCursor } from '../changes/cursor.ts';

/** `GET /api/changes?since&limit` (and /changes.xml): where to start, how many. */
export const changesQuerySchema = z.object({
  since: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return { txid: '0', id: 0 };
      const position = decodeCursor(v);
      if (!position) {
        ctx.addIssue({ code: 'custom', message: 'since must be a cursor this feed gave' });
        return z.NEVER;
      }
      return position;
    }),
  limit: z.coerce
    .number({ error: 'limit must be a whole number from 1 to 500' })
    .int('limit must be a whole number from 1 to 500')
    .min(1, 'limit must be a whole number from 1 to 500')
    .max(500, 'limit must be a whole number from 1 to 500')
    .default(100),
});
