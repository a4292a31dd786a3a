import type { RelationKind } from '../alliances/kinds.ts';

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
