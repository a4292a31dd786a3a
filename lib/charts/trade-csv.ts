import { csvComments, toCsv } from '../export/csv.ts';
import type { Locale } from '../i18n/localized.ts';
import { localePath } from './chart-texts.ts';
import { plottedRows, type TradeChart } from './trade-chart.ts';

// CSV of exactly the plotted numbers. The title, sources and link come first as '#' lines
// (papaparse: `comments: '#'`), so a spreadsheet user sees them and a parser can skip them;
// lib/export/csv.ts keeps names from the data from running as formulas.

export const CSV_COLUMNS = [
  'series',
  'label',
  'year',
  'value',
  'unit',
  'value_usd',
  'compiler',
  'compiler_family',
  'confidence',
  'caution',
  'source_publisher',
  'source_title',
  'source_url',
] as const;

export function tradeCsv(chart: TradeChart, origin: string, locale: Locale = 'en'): string {
  const unit = chart.mode === 'yoy' ? 'percent_change' : 'usd';
  const rows = plottedRows(chart).map(({ series, label, point: p }) => [
    series,
    label,
    p.year,
    p.value,
    unit,
    p.valueUsd,
    p.compiler ?? '',
    p.compilerFamily ?? '',
    p.confidence ?? '',
    p.caution ?? '',
    p.source?.publisher ?? '',
    p.source?.title ?? '',
    p.source?.url ?? '',
  ]);
  const head = csvComments([
    chart.title,
    chart.units,
    ...chart.footer,
    `${origin}${localePath(chart.path, locale)}`,
  ]);
  return `${head}\n${toCsv(CSV_COLUMNS, rows)}\n`;
}
