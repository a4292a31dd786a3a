import { z } from 'zod';
import { CLAIM_STATUSES } from '../enums.ts';

// The change feed (GET /api/changes, /changes.xml): what changed among the records readers
// see, in commit order, for mirrors that keep in step without downloading everything.

export const changeEntrySchema = z.object({
  kind: z
    .string()
    .describe('The record kind: event, relation, source, quote, actor, tag, trade, …'),
  key: z.string().describe('The record’s key in its API path (slug, code or number).'),
  change: z
    .string()
    .describe(
      'What happened: create, update, status (an event’s status changed), publish, revert, restore, merge; for a removal trash, unpublish, merge or rename (the old key).',
    ),
  version: z
    .number()
    .int()
    .nullable()
    .describe('The record’s version after the change; null for the old key of a rename.'),
  status: z
    .enum(CLAIM_STATUSES)
    .optional()
    .describe('An event’s claim status after the change (events only, not for removals).'),
  removed: z.boolean().describe('True when readers can no longer see the record under this key.'),
  at: z.string().describe('When the change was saved (ISO 8601, UTC).'),
  href: z
    .string()
    .nullable()
    .describe(
      'Where to read the new version (an event’s exact revision, `?rev=`); null for a removal.',
    ),
});

export const changePageSchema = z.object({
  items: z.array(changeEntrySchema),
  nextCursor: z
    .string()
    .describe(
      'Pass as `since` for the changes after these; the same cursor when nothing is new yet.',
    ),
  more: z.boolean().describe('True when more changes are waiting: ask again at once.'),
});
