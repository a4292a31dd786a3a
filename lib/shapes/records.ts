import type { FieldChange } from '../records/diff.ts';
import type { RevisionAction } from '../schemas/enums.ts';

/** A line of an editor's record list. */
export interface RecordListRow {
  key: string;
  title: string;
  /** Shown joined by " · ": text from the data, or a message of the editor's catalogue. */
  detail: DetailPart[];
  updatedAt: string;
}

/** `t` is a key under `editor` (messages/<locale>/editor.json), `v` its values. */
export type DetailPart = string | { t: string; v?: Record<string, string | number | undefined> };

/** One revision of a record, with the fields it changed compared with the one before. */
export interface RevisionEntry {
  version: number;
  action: RevisionAction;
  at: string;
  /** null: the author's account is gone, or the seed made it. */
  author: string | null;
  changes: FieldChange[];
}
