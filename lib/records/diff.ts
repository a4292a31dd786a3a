// Field-by-field differences between two versions of a record, in words an editor reads.

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return v;
  if (Array.isArray(v))
    return v.length
      ? v
          .map((x) =>
            x !== null && typeof x === 'object'
              ? Object.values(x)
                  .filter((y) => y !== null && y !== '')
                  .join(' · ')
              : String(x),
          )
          .join('; ')
      : '—';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Every field of `after` whose shown value differs from `before` (all set fields when new). */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after)) {
    const x = show(before?.[field]);
    const y = show(after[field]);
    if (x !== y) changes.push({ field, before: x, after: y });
  }
  return changes;
}
