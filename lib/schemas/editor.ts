import { z } from 'zod';

/** /editor?view=trash&saved=slug&notice=text */
export const editorListQuerySchema = z.object({
  view: z.enum(['events', 'trash']).catch('events').default('events'),
  saved: z.string().max(200).optional().catch(undefined),
  notice: z.string().max(500).optional().catch(undefined),
});
