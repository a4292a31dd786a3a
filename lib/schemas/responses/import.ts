import { z } from 'zod';

// POST /api/import: the row-by-row report (lib/db/events/import.ts).

export const importReportSchema = z.object({
  applied: z.boolean().describe('True once mode=apply wrote every row; nothing is written else.'),
  counts: z.object({
    create: z.number().int(),
    update: z.number().int(),
    error: z.number().int(),
  }),
  rows: z.array(
    z.object({
      row: z.string().describe('CSV line number or JSON item index.'),
      slug: z.string().nullable(),
      action: z.enum(['create', 'update', 'error']),
      errors: z.record(z.string(), z.string()).describe('Each bad field by its path.'),
      duplicates: z
        .array(
          z.object({
            slug: z.string(),
            title: z.string(),
            date: z.string(),
            draft: z.boolean(),
            similarity: z.number().describe('Trigram similarity of the titles, 0 to 1.'),
            days: z.number().int().describe('Days between the start dates.'),
            sharedActors: z.number().int(),
          }),
        )
        .optional()
        .describe(
          'Dry run, rows without errors: stored events this row may repeat (a similar title, a date within a few days, shared actors).',
        ),
    }),
  ),
});
