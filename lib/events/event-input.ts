import type { EventInput } from '../schemas/event.ts';

/** The stored event shape (EventDto) as far as the input schema cares; plain data only. */
export interface EventShape {
  slug: string;
  title: string;
  summary: string;
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
  sources: { publisher: string; title: string; url: string | null; publishedAt: string | null; reliability: string; credibility: number }[];
  quotes: { speaker: string; role: string | null; text: string; language: string; translation: string | null; date: string | null; venue: string | null }[];
}

/** An event as it stands, as input for the schema: the base of a PATCH, the edit form and a revert. */
export function eventToInput(e: EventShape): Record<string, unknown> {
  return {
    slug: e.slug,
    title: e.title,
    summary: e.summary,
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
    sources: e.sources.map((s) => ({ publisher: s.publisher, title: s.title, url: s.url, publishedAt: s.publishedAt, reliability: s.reliability, credibility: s.credibility })),
    quotes: e.quotes.map((q) => ({ speaker: q.speaker, role: q.role, text: q.text, language: q.language, translation: q.translation, date: q.date, venue: q.venue })),
  } satisfies Partial<Record<keyof EventInput, unknown>>;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const show = (v: unknown): string => (v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** What changed between two versions of an event, field by field, in words an editor reads. */
export function diffEvents(before: EventShape | null, after: EventShape): FieldChange[] {
  const a = before ? eventToInput(before) : {};
  const b = eventToInput(after);
  const changes: FieldChange[] = [];
  for (const field of Object.keys(b)) {
    const x = show(a[field]);
    const y = show(b[field]);
    if (x !== y) changes.push({ field, before: x, after: y });
  }
  return changes;
}
