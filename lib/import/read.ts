import { BadFile, PayloadTooLarge } from '../errors.ts';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  detectFormat,
  parseImportFile,
  type RawRow,
} from './parse.ts';

const LIMIT = `${MAX_IMPORT_BYTES / 1024 / 1024} MB and ${MAX_IMPORT_ROWS} rows`;

/**
 * Import text → rows, or a clear error: 413 past the size or row limit, 400 for a file
 * that cannot be read at all (malformed CSV or JSON). Shared by the API and the form.
 */
export function readImportText(text: string, formatHint: string | null): RawRow[] {
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) throw new PayloadTooLarge(LIMIT);
  const result = parseImportFile(text, detectFormat(formatHint, text));
  if ('error' in result) {
    if (result.error.startsWith('Too many rows')) throw new PayloadTooLarge(LIMIT);
    throw new BadFile(result.error);
  }
  if (!result.rows.length) throw new BadFile('The file holds no events.');
  return result.rows;
}

/** Reads a request body, refusing one that announces or turns out to be too large. */
export async function readImportBody(request: Request): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES)
    throw new PayloadTooLarge(LIMIT);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) throw new PayloadTooLarge(LIMIT);
  return text;
}
