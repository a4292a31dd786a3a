import type { FormEvent } from 'react';
import { YEAR_MAX, YEAR_MIN } from '@/lib/schemas/trade.ts';

/** A chart's first or last year (the `from` and `to` of its URL). */
export function YearField({
  name,
  label,
  value,
  placeholder,
  invalid = false,
  onBlur,
}: {
  name: 'from' | 'to';
  label: string;
  value: number | undefined;
  placeholder: string;
  invalid?: boolean;
  onBlur: (e: FormEvent<HTMLInputElement>) => void;
}) {
  return (
    <label>
      {label}
      <input
        type="number"
        name={name}
        min={YEAR_MIN}
        max={YEAR_MAX}
        defaultValue={value}
        placeholder={placeholder}
        inputMode="numeric"
        onBlur={onBlur}
        aria-invalid={invalid}
      />
    </label>
  );
}
