import { z } from 'zod';

// GET /api/health (lib/db/core/health.ts).

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded', 'down']).describe('degraded: migrations pending.'),
  database: z.enum(['reachable', 'unreachable']),
  migrations: z.object({ applied: z.number().int(), pending: z.array(z.string()) }),
  counts: z
    .object({
      events: z.number().int(),
      actors: z.number().int(),
      sources: z.number().int(),
      quotes: z.number().int(),
      tradeObservations: z.number().int(),
    })
    .nullable()
    .describe(
      'What readers can see: records not in the trash, of them only published events, their quotes and standalone ones, and sources something public cites; null when the database is unreachable.',
    ),
});
