import { parsePartialDate, toPartialDate } from '../dates.ts';
import type { DatePrecision } from '../schemas/enums.ts';
import { formValues, type FormValues, type RecordFormState } from '../records/form.ts';
import { EVENT_PLAIN_FIELDS } from '../schemas/event.ts';

// Editor form fields ⇄ the event input shape. Rows (actors, sources, quotes) are named
// `sources.0.url` — the same paths the schema's field errors use, so each error lands
// beside its field. Entirely empty rows are dropped (the form always offers a blank one).

const SCALARS = [...EVENT_PLAIN_FIELDS, 'statusSourceUrl'] as const;
const ROWS = {
  actors: ['code', 'role'],
  sources: ['publisher', 'title', 'url', 'publishedAt', 'reliability', 'credibility'],
  quotes: ['speaker', 'role', 'text', 'language', 'translation', 'date', 'venue', 'source'],
} as const;
// Fields that carry a default in a blank row; a row with only these is still empty.
const ROW_DEFAULTS = new Set(['role', 'reliability', 'credibility', 'language', 'source']);

export { formValues, type FormValues };

function rows(values: FormValues, name: keyof typeof ROWS): Record<string, string>[] {
  const indices = new Set<number>();
  for (const key of Object.keys(values)) {
    const m = new RegExp(`^${name}\\.(\\d+)\\.`).exec(key);
    if (m) indices.add(Number(m[1]));
  }
  return [...indices]
    .sort((a, b) => a - b)
    .map((i) =>
      Object.fromEntries(ROWS[name].map((f) => [f, (values[`${name}.${i}.${f}`] ?? '').trim()])),
    )
    .filter((row) => Object.entries(row).some(([f, v]) => v !== '' && !ROW_DEFAULTS.has(f)));
}

/** The typed values as input for eventInputSchema. Empty strings become absent. */
export function formToEventInput(values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of SCALARS) if (values[key]?.trim()) input[key] = values[key];
  if (values.locationName?.trim()) {
    input.location = {
      name: values.locationName,
      lat: values.lat?.trim() || null,
      lon: values.lon?.trim() || null,
    };
  }
  input.tags = (values.tags ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  for (const name of Object.keys(ROWS) as (keyof typeof ROWS)[]) {
    input[name] = rows(values, name).map((row) =>
      Object.fromEntries(Object.entries(row).filter(([, v]) => v !== '')),
    );
  }
  return input;
}

/** An event's input shape as form values (to fill the edit form). */
export function eventInputToForm(input: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const key of SCALARS)
    if (input[key] !== null && input[key] !== undefined) values[key] = String(input[key]);
  const location = input.location as {
    name: string;
    lat: number | null;
    lon: number | null;
  } | null;
  if (location)
    Object.assign(values, {
      locationName: location.name,
      lat: location.lat?.toString() ?? '',
      lon: location.lon?.toString() ?? '',
    });
  // Dates as an editor types them: a month event reads 2024-11, not its first day.
  const precision = input.datePrecision as DatePrecision | undefined;
  if (precision && precision !== 'day') {
    for (const key of ['date', 'endDate'] as const) {
      const day = values[key] ? parsePartialDate(values[key]) : null;
      if (day) values[key] = toPartialDate(day.date, precision);
    }
    delete values.datePrecision;
  }
  values.tags = ((input.tags as string[]) ?? []).join(', ');
  for (const name of Object.keys(ROWS) as (keyof typeof ROWS)[]) {
    ((input[name] as Record<string, unknown>[]) ?? []).forEach((row, i) => {
      for (const f of ROWS[name])
        if (row[f] !== null && row[f] !== undefined) values[`${name}.${i}.${f}`] = String(row[f]);
    });
  }
  return values;
}

/**
 * The values with empty rows dropped and the rest numbered from 0, as formToEventInput
 * numbers them: after a failed save the form shows what was typed, each error beside its
 * row, and no blank row more than before.
 */
export function compactRows(values: FormValues): FormValues {
  const out: FormValues = {};
  for (const [key, value] of Object.entries(values))
    if (!/^(actors|sources|quotes)\.\d+\./.test(key)) out[key] = value;
  for (const name of Object.keys(ROWS) as (keyof typeof ROWS)[])
    rows(values, name).forEach((row, i) => {
      for (const [f, v] of Object.entries(row)) if (v !== '') out[`${name}.${i}.${f}`] = v;
    });
  return out;
}

/** How many rows of each kind the values hold (the form shows one blank row more). */
export function rowCount(values: FormValues, name: keyof typeof ROWS): number {
  let max = -1;
  for (const key of Object.keys(values)) {
    const m = new RegExp(`^${name}\\.(\\d+)\\.`).exec(key);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/** What the event form's server action answers (useActionState): the same as any record form. */
export type EventFormState = RecordFormState;
