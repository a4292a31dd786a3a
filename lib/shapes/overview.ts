import type { RelationKind } from '../alliances/kinds.ts';
import type { EventSummary } from './event.ts';

// The overview's key figures as they travel to the page.

export interface RelationFigures {
  /** The day they are counted on (today, UTC). */
  at: string;
  total: number;
  byKind: { kind: RelationKind; count: number }[];
  newest: { key: string | null; title: string; a: string; b: string; start: string } | null;
}

export interface MonthFigures {
  /** First day of the month counted, and of the same month a year before. */
  month: string;
  yearBefore: string;
  count: number;
  countYearBefore: number;
  /** Date of the most recent published event, so an empty month is not mistaken for no data. */
  latest: string | null;
}

/** One line of "What changed": an event readers can see and its latest change. */
export interface RecentChange {
  /** new: created or published; status: its claim status moved; corrected: any other edit. */
  change: 'new' | 'status' | 'corrected';
  /** When the change was saved (ISO 8601, UTC). */
  at: string;
  /** The status the change gave it (for a status change, the status it moved to). */
  status: EventSummary['status'];
  event: EventSummary;
}
