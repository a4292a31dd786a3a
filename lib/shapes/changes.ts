import type { z } from 'zod';
import type { changeEntrySchema } from '../schemas/responses/changes.ts';

/** One change of the feed (GET /api/changes). */
export type ChangeEntry = z.output<typeof changeEntrySchema>;

/** A page of changes as the feed reader returns it, before the cursor is encoded. */
export interface ChangePage {
  items: ChangeEntry[];
  nextCursor: { txid: string; id: number };
  more: boolean;
}
