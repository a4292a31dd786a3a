// The one shape every citation format is written from: an event at one revision, or one
// of its sources. Pure; lib/citation/build.ts makes items from an event.

export interface CitationItem {
  /** A stable citation key: letters, digits, `-`, `_` and `:` only. */
  id: string;
  kind: 'event' | 'source';
  title: string;
  /** The site (for an event) or the outlet (for a source). */
  container: string;
  /** Partial ISO date the item carries: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown. */
  date: string | null;
  url: string | null;
  /** The day the reader accessed it (YYYY-MM-DD). */
  accessed: string;
  /** The event's revision; null for sources. */
  version: number | null;
  note: string | null;
}

/** [year, month?, day?] of a partial ISO date. */
export function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

/** A file-name-safe, key-safe form of a slug or title. */
export function keyPart(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'item'
  );
}
