import Papa from 'papaparse';
import { EVENT_PLAIN_FIELDS } from '../schemas/event.ts';

// Import files: JSON (an array of events in the API shape, or { events: [...] }) or CSV,
// which flattens one event per row (see README "Import"). Rows keep their position so the
// report can name them: CSV by line number (header = line 1), JSON by item number.

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;

export interface RawRow {
  /** "line 3" for CSV, "item 3" for JSON: how the report names the row. */
  label: string;
  data: unknown;
}

type ParseResult = { rows: RawRow[] } | { error: string };

/**
 * Korean columns as the export writes them (`title_ko`, `summary_ko`), accepted beside the
 * API's names (`titleKo`, `summaryKo`) in CSV headers and JSON items alike.
 */
const KOREAN_COLUMNS = { title_ko: 'titleKo', summary_ko: 'summaryKo' } as const;

function withKoreanColumns<T extends object>(r: T): T {
  const out: Record<string, unknown> = { ...(r as Record<string, unknown>) };
  for (const [column, field] of Object.entries(KOREAN_COLUMNS))
    if (column in out) {
      out[field] ??= out[column];
      delete out[column];
    }
  return out as T;
}

const split = (v: string | undefined) =>
  (v ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

/** One CSV row → the event input shape. actors "KP:participant|RU:host", tags "a|b", one source. */
function csvRowToInput(row: Record<string, string>): Record<string, unknown> {
  const r = withKoreanColumns(row);
  const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  const out: Record<string, unknown> = {};
  for (const key of EVENT_PLAIN_FIELDS) {
    if (blank(r[key]) !== undefined)
      out[key] = key === 'summary' || key === 'summaryKo' ? r[key] : blank(r[key]);
  }
  if (blank(r.locationName))
    out.location = { name: r.locationName, lat: blank(r.lat) ?? null, lon: blank(r.lon) ?? null };
  out.actors = split(r.actors).map((a) => {
    const [code, role] = a.split(':');
    return { code, ...(role ? { role } : {}) };
  });
  out.tags = split(r.tags);
  out.sources =
    blank(r.sourcePublisher) || blank(r.sourceTitle)
      ? [
          {
            publisher: r.sourcePublisher,
            title: r.sourceTitle,
            url: blank(r.sourceUrl),
            publishedAt: blank(r.sourcePublishedAt),
            reliability: blank(r.sourceReliability),
            credibility: blank(r.sourceCredibility),
          },
        ]
      : [];
  return out;
}

export function parseImportFile(text: string, format: 'csv' | 'json'): ParseResult {
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      return { error: `The file is not valid JSON: ${(err as Error).message}` };
    }
    const items = Array.isArray(data) ? data : (data as { events?: unknown })?.events;
    if (!Array.isArray(items))
      return {
        error: 'A JSON import must be an array of events, or an object with an "events" array.',
      };
    if (items.length > MAX_IMPORT_ROWS)
      return { error: `Too many rows: the limit is ${MAX_IMPORT_ROWS}.` };
    return {
      rows: items.map((data, i) => ({
        label: `item ${i + 1}`,
        data:
          data && typeof data === 'object' && !Array.isArray(data) ? withKoreanColumns(data) : data,
      })),
    };
  }
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const fatal = parsed.errors.find(
    (e) =>
      e.type === 'Quotes' ||
      e.type === 'Delimiter' ||
      e.code === 'TooManyFields' ||
      e.code === 'TooFewFields',
  );
  if (fatal)
    return { error: `The CSV is malformed at line ${(fatal.row ?? 0) + 2}: ${fatal.message}.` };
  if (!parsed.meta.fields?.includes('slug') || !parsed.meta.fields.includes('title'))
    return { error: 'The CSV needs a header row with at least the columns slug, title and date.' };
  if (parsed.data.length > MAX_IMPORT_ROWS)
    return { error: `Too many rows: the limit is ${MAX_IMPORT_ROWS}.` };
  return { rows: parsed.data.map((r, i) => ({ label: `line ${i + 2}`, data: csvRowToInput(r) })) };
}

/** The format from a file name or content type; JSON when the text starts like JSON. */
export function detectFormat(hint: string | null, text: string): 'csv' | 'json' {
  if (hint && /json/i.test(hint)) return 'json';
  if (hint && /csv/i.test(hint)) return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}
