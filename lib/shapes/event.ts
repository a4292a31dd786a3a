import type { z } from 'zod';
import type {
  eventLinkLineSchema,
  eventSchema,
  eventSummarySchema,
} from '../schemas/responses/events.ts';

/** The one event shape of the API, import, export and revisions (DESIGN.md). */
export type EventDto = z.output<typeof eventSchema>;

/** A link of an event to another, as its page and GET /api/events/{slug} list it. */
export type EventLinkLine = z.output<typeof eventLinkLineSchema>;

/** A line in an event list or the timeline: what the reader API lists. */
export type EventSummary = z.output<typeof eventSummarySchema>;

/** A row of the editor's event list (drafts and the trash included). */
export interface EditorEventRow {
  slug: string;
  title: string;
  date: string;
  status: string;
  publication: string;
  version: number;
  updatedAt: string;
  deletedAt: string | null;
}
