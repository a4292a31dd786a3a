import { RECORD_META, type RecordKind } from './kinds.ts';

// Form fields ⇄ a record's input shape, for every record kind. List fields are one value
// per line; empty fields are left out so the schema's defaults and nulls apply.

export type FormValues = Record<string, string>;

/** What a record form's server action answers (useActionState). */
export interface RecordFormState {
  values: FormValues;
  /** When the answer was made: a new key, so the form re-mounts with these values. */
  at?: number;
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** Someone else saved first: their version as form values, and the fields that differ. */
  conflict?: { theirs: FormValues; version: number; fields: string[] };
}

/** FormData → plain string map (what the editor typed, to show again after an error). */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of form.entries())
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return values;
}

export function recordFormToInput(kind: RecordKind, values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of RECORD_META[kind].fields) {
    const raw = values[f.name]?.trim() ?? '';
    if (f.type === 'list') input[f.name] = raw.split(/[\s,]+/).filter(Boolean);
    else if (raw) input[f.name] = raw;
  }
  return input;
}

export function recordInputToForm(kind: RecordKind, input: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const f of RECORD_META[kind].fields) {
    const v = input[f.name];
    if (v === null || v === undefined) continue;
    values[f.name] = Array.isArray(v) ? v.join('\n') : String(v);
  }
  return values;
}

/** Names of the fields whose values differ (for the conflict view). */
export function differingFields(kind: RecordKind, a: FormValues, b: FormValues): string[] {
  return RECORD_META[kind].fields
    .map((f) => f.name)
    .filter((n) => (a[n] ?? '').trim() !== (b[n] ?? '').trim());
}
