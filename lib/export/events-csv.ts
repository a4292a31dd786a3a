import { neutralise, toCsv } from './csv.ts';
import { gradeCode } from '../events/grade.ts';

// The event shape flattened to one CSV row per event. Lists (actors, tags, sources) are
// joined with " | " inside one cell; the JSON export keeps the full structure.

export const CSV_COLUMNS = [
  'slug',
  'title',
  'date',
  'end_date',
  'date_precision',
  'status',
  'confidence',
  'importance',
  'location',
  'actors',
  'tags',
  'sources',
  'source_urls',
  'quote_count',
  'summary',
  'notes',
  'title_ko',
  'summary_ko',
  'version',
  'updated_at',
] as const;

export interface CsvEvent {
  slug: string;
  title: string;
  date: string;
  endDate: string | null;
  datePrecision: string;
  status: string;
  confidence: string;
  importance: number;
  location: { name: string } | null;
  actors: { code: string; role: string }[];
  tags: string[];
  sources: {
    publisher: string;
    title: string;
    url: string | null;
    reliability: string | null;
    credibility: number | null;
  }[];
  quoteCount: number;
  summary: string;
  notes: string | null;
  titleKo?: string | null;
  summaryKo?: string | null;
  version: number;
  updatedAt: string;
}

/** One event as its CSV cells, neutralised as the file writes them (lib/export/csv.ts). */
export function toCsvRow(e: CsvEvent): string[] {
  const cells = [
    e.slug,
    e.title,
    e.date,
    e.endDate ?? '',
    e.datePrecision,
    e.status,
    e.confidence,
    String(e.importance),
    e.location?.name ?? '',
    e.actors
      .map((a) => (a.role && a.role !== 'participant' ? `${a.code} (${a.role})` : a.code))
      .join(' | '),
    e.tags.join(' | '),
    e.sources
      .map((s) => `${s.publisher}: ${s.title} [${gradeCode(s.reliability, s.credibility)}]`)
      .join(' | '),
    e.sources
      .map((s) => s.url ?? '')
      .filter(Boolean)
      .join(' | '),
    String(e.quoteCount),
    e.summary,
    e.notes ?? '',
    e.titleKo ?? '',
    e.summaryKo ?? '',
    String(e.version),
    e.updatedAt,
  ];
  return cells.map(neutralise);
}

/** CSV text for one page of events; the header only with the first page. Lines end in CRLF. */
export function csvChunk(events: CsvEvent[], withHeader: boolean): string {
  const body = toCsv(CSV_COLUMNS, events.map(toCsvRow), { header: withHeader, newline: '\r\n' });
  return body ? `${body}\r\n` : '';
}
