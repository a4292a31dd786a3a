import Papa from 'papaparse';

// The one CSV writer behind every CSV the product hands out (events export, chart and
// network exports, in the browser too). Spreadsheets run a text cell that starts like a
// formula, so any text that reached us from an editor or an import (actor names, titles,
// publishers) could become a live =HYPERLINK(…) in a reader's spreadsheet: every text cell
// goes through `neutralise`.

/** A cell: text is neutralised; numbers are data and stay numbers (-3.5 is not a formula). */
type CsvCell = string | number | null | undefined;

/**
 * Starts a formula in Excel, LibreOffice or Google Sheets: = + - @, a tab or carriage return
 * (some skip those first), or any of them after spaces, which some importers trim.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

/** Prefixes a would-be formula with a quote so it stays text (OWASP CSV injection advice). */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const cell = (value: CsvCell): string | number =>
  typeof value === 'number' ? value : neutralise(value ?? '');

/**
 * Rows as CSV text (no trailing newline): quoted where needed, every text cell neutralised.
 * `header: false` leaves the column names out, for the second and later pages of a stream.
 */
export function toCsv(
  fields: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: { header?: boolean; newline?: '\n' | '\r\n' } = {},
): string {
  return Papa.unparse(
    { fields: [...fields], data: rows.map((row) => row.map(cell)) },
    { header: options.header ?? true, newline: options.newline ?? '\n' },
  );
}

/**
 * '#' lines above a table (title, units, sources, link): a spreadsheet user reads them and a
 * parser skips them (papaparse `comments: '#'`). A spreadsheet still splits such a line at
 * commas, so every piece after a comma is neutralised like a cell (a quote before the
 * formula counts: some importers honour it mid-line); line breaks become spaces, so no text
 * leaves its comment line for a row of its own.
 */
export function csvComments(lines: readonly string[]): string {
  return lines
    .map((line) =>
      line
        .replace(/[\r\n]+/g, ' ')
        .split(',')
        .map((piece, i) => (i > 0 && /^[\s"]*[=+\-@]/.test(piece) ? `'${piece}` : piece))
        .join(','),
    )
    .map((line) => `# ${line}`)
    .join('\n');
}
