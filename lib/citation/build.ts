import type { EventDto } from '../shapes/event.ts';
import { keyPart, type CitationItem } from './item.ts';

export const SITE_NAME = 'Alliance Tracker';

/** What a citation of an event names: the event at one revision, on this site. */
export interface CitableEvent {
  event: Pick<EventDto, 'slug' | 'title' | 'sources'> & { titleKo?: string | null };
  revision: number;
  /** When the revision was saved (ISO). */
  revisedAt: string;
}

/** The permanent link to one revision of an event. */
export const revisionUrl = (origin: string, slug: string, revision: number) =>
  `${origin}/events/${encodeURIComponent(slug)}?rev=${revision}`;

/** The event itself as a citation item: the site's page at that revision. */
export function eventCitation(c: CitableEvent, origin: string, accessed: string): CitationItem {
  return {
    id: `alliance-tracker:${keyPart(c.event.slug)}:r${c.revision}`,
    kind: 'event',
    title: c.event.title,
    container: SITE_NAME,
    date: c.revisedAt.slice(0, 10),
    url: revisionUrl(origin, c.event.slug, c.revision),
    accessed,
    version: c.revision,
    note: `Revision ${c.revision} of ${c.revisedAt.slice(0, 10)}`,
  };
}

/** The event's sources as citation items, in the order the event lists them. */
export function sourceCitations(c: CitableEvent, accessed: string): CitationItem[] {
  return c.event.sources.map((s, i) => ({
    id: `${keyPart(s.key ?? `${c.event.slug}-source-${i + 1}`)}`,
    kind: 'source',
    title: s.title,
    container: s.publisher,
    date: s.publishedAt,
    url: s.url,
    accessed,
    version: null,
    note: s.titleIsDescriptive ? 'Title describes the piece; not its headline' : null,
  }));
}

/**
 * The citation as one line of text, in the common web-page form: title, site, revision,
 * the revision's date, the permanent URL and the day accessed.
 */
export function formatCitation(c: CitableEvent, origin: string, accessed: string): string {
  return (
    `“${c.event.title}”. ${SITE_NAME}, revision ${c.revision} of ${c.revisedAt.slice(0, 10)}. ` +
    `${revisionUrl(origin, c.event.slug, c.revision)} (accessed ${accessed}).`
  );
}
