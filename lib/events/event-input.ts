import { diffFields, type FieldChange } from '../records/diff.ts';
import type { EventInput } from '../schemas/event.ts';

/** The stored event shape (EventDto) as far as the input schema cares; plain data only. */
export interface EventShape {
  slug: string;
  title: string;
  summary: string;
  /** Absent in revisions saved before Korean fields existed. */
  titleKo?: string | null;
  summaryKo?: string | null;
  date: string;
  endDate: string | null;
  datePrecision: string;
  status: string;
  publication: string;
  location: { name: string; lat: number | null; lon: number | null } | null;
  importance: number;
  confidence: string;
  notes: string | null;
  actors: { code: string; role: string }[];
  tags: string[];
  sources: SourceShape[];
  quotes: {
    speaker: string;
    role: string | null;
    text: string;
    language: string;
    translation: string | null;
    date: string | null;
    venue: string | null;
    sources?: Omit<SourceShape, 'credibility'>[];
  }[];
}

interface SourceShape {
  publisher: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  reliability: string | null;
  credibility: number | null;
}

const sameSource = (a: Omit<SourceShape, 'credibility'>, b: Omit<SourceShape, 'credibility'>) =>
  a.url === b.url && a.title === b.title && a.publisher === b.publisher;

/** Position (from 1) among the event's sources of the first source a quote comes from. */
function quoteSourcePosition(e: EventShape, q: EventShape['quotes'][number]): number | null {
  for (const qs of q.sources ?? []) {
    const i = e.sources.findIndex((s) => sameSource(s, qs));
    if (i >= 0) return i + 1;
  }
  return null;
}

/** An event as it stands, as input for the schema: the base of a PATCH, the edit form and a revert. */
export function eventToInput(e: EventShape): Record<string, unknown> {
  return {
    slug: e.slug,
    title: e.title,
    summary: e.summary,
    titleKo: e.titleKo ?? null,
    summaryKo: e.summaryKo ?? null,
    date: e.date,
    endDate: e.endDate,
    datePrecision: e.datePrecision,
    status: e.status,
    publication: e.publication,
    location: e.location,
    importance: e.importance,
    confidence: e.confidence,
    notes: e.notes,
    actors: e.actors.map((a) => ({ code: a.code, role: a.role })),
    tags: [...e.tags],
    sources: e.sources.map((s) => ({
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      publishedAt: s.publishedAt,
      reliability: s.reliability,
      credibility: s.credibility,
    })),
    quotes: e.quotes.map((q) => ({
      speaker: q.speaker,
      role: q.role,
      text: q.text,
      language: q.language,
      translation: q.translation,
      date: q.date,
      venue: q.venue,
      source: quoteSourcePosition(e, q),
    })),
  } satisfies Partial<Record<keyof EventInput, unknown>>;
}

/** What changed between two versions of an event, field by field, in words an editor reads. */
export function diffEvents(before: EventShape | null, after: EventShape): FieldChange[] {
  return diffFields(before ? eventToInput(before) : null, eventToInput(after));
}

export type { FieldChange };
