/** A stored event that may report the same thing as the one being written (editors only). */
export interface DuplicateHint {
  slug: string;
  title: string;
  /** Its start date, YYYY-MM-DD. */
  date: string;
  draft: boolean;
  /** Trigram similarity of the titles, 0 to 1. */
  similarity: number;
  /** Days between the start dates. */
  days: number;
  sharedActors: number;
}
