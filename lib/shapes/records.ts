import type { FieldChange } from '../records/diff.ts';
import type { RevisionAction } from '../schemas/enums.ts';

/** A line of an editor's record list. */
export interface RecordListRow {
  key: string;
  title: string;
  detail: string;
  updatedAt: string;
}

/** One revision of a record, with the fields it changed compared with the one before. */
export interface RevisionEntry {
  version: number;
  action: RevisionAction;
  at: string;
  /** null: the author's account is gone, or the seed made it. */
  author: string | null;
  changes: FieldChange[];
}
