import { z } from 'zod';
import { string } from './common.ts';
import { CLAIM_STATUSES, PUBLICATIONS } from './enums.ts';

// Editor list URLs: a value that cannot be read is dropped (.catch), not an error page.

export const EDITOR_EVENT_SORTS = ['updated', 'date', 'title'] as const;

/** Editor list filter on translations: events that lack a Korean title. */
export const EDITOR_TRANSLATION_FILTERS = ['missing-ko'] as const;

/** /editor?view=trash&q=text&status=…&publication=…&translation=missing-ko&sort=…&order=…&saved=slug&notice=text */
export const editorListQuerySchema = z.object({
  view: z.enum(['events', 'trash']).catch('events').default('events'),
  /** Words of the title or slug. */
  q: string('q').trim().max(200).optional().catch(undefined),
  status: z.enum(CLAIM_STATUSES).optional().catch(undefined),
  publication: z.enum(PUBLICATIONS).optional().catch(undefined),
  translation: z.enum(EDITOR_TRANSLATION_FILTERS).optional().catch(undefined),
  sort: z.enum(EDITOR_EVENT_SORTS).catch('updated').default('updated'),
  /** Oldest (or A) first; newest first by default. */
  order: z.enum(['asc', 'desc']).catch('desc').default('desc'),
  /** Just trashed from the list: its slug, for the Undo. */
  trashed: string('trashed').max(200).optional().catch(undefined),
  saved: string('saved').max(200).optional().catch(undefined),
  notice: string('notice').max(500).optional().catch(undefined),
});

/** /editor/<records>?view=trash&q=text&filter=value&page=2&saved=key&notice=text */
export const recordListQuerySchema = z.object({
  view: z.enum(['records', 'trash']).catch('records').default('records'),
  q: string('q').trim().max(200).optional().catch(undefined),
  /** A value of the kind's filter column (checked against its options where used). */
  filter: string('filter').trim().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  saved: string('saved').max(200).optional().catch(undefined),
  notice: string('notice').max(500).optional().catch(undefined),
});

export type RecordListQuery = z.infer<typeof recordListQuerySchema>;
