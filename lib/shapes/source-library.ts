/** A source on file as the event form's source library offers it. */
export interface LibrarySourceShape {
  id: number;
  publisher: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  reliability: string | null;
  /** Live events citing it. */
  events: number;
}
