import Papa from 'papaparse';

// The one CSV writer behind every CSV the product hands out (events export, chart and
// network exports, in the browser too). Spreadsheets run a text cell that starts like a
// formula, so any text that reached us from an editor or an import (actor names, titles,
// publishers) could become a live =HYPERLINK(…) in a reader's spreadsheet: every text cell
// goes through `neutralise`.
//
// Excel in locales whose list separator is `;` (much of Europe) splits a line at semicolons,
// not commas, and reads a quote in the middle of a field as a plain character, so quoting
// alone does not hold there: `XE,"Semi;=1+1;",2024` still yields a `=1+1` cell. So a text
// piece after any `;` is neutralised too (in cells and in comment lines), and a cell holding
// `;` is quoted for the readers that honour quotes.

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

/** A piece after a separator that would start a formula (a quote before it counts too). */
const PIECE_FORMULA_START = /^(?:[\t\r]|[\s"]*[=+\-@])/;

/** `text` with every piece after one of `separators` that would start a formula quoted. */
function neutralisePieces(text: string, separators: RegExp): string {
  return text
    .split(separators)
    .map((piece, i) => (i > 0 && PIECE_FORMULA_START.test(piece) ? `'${piece}` : piece))
    .join('');
}

const cell = (value: CsvCell): string | number =>
  typeof value === 'number' ? value : neutralisePieces(neutralise(value ?? ''), /(;)/);

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
    {
      header: options.header ?? true,
      newline: options.newline ?? '\n',
      // Papa quotes commas, quotes and line breaks itself; `;` is a separator in some locales.
      quotes: (value: unknown) => typeof value === 'string' && value.includes(';'),
    },
  );
}

/**
 * '#' lines above a table (title, units, sources, link): a spreadsheet user reads them and a
 * parser skips them (papaparse `comments: '#'`). A spreadsheet still splits such a line at
 * commas (or semicolons, in some locales), so every piece after one is neutralised like a cell (a quote before the
 * formula counts: some importers honour it mid-line); line breaks become spaces, so no text
 * leaves its comment line for a row of its own.
 */
export function csvComments(lines: readonly string[]): string {
  return lines
    .map((line) => neutralisePieces(line.replace(/[\r\n]+/g, ' '), /([,;])/))
    .map((line) => `# ${line}`)
    .join('\n');
}
