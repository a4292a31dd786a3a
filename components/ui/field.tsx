import type { ReactNode } from 'react';
import styles from './field.module.css';

interface Props {
  name: string;
  /** Needed where the same field appears more than once on a page (one per table row). */
  id?: string;
  label: string;
  error?: string;
  hint?: string;
  defaultValue?: string;
  type?: string;
  required?: boolean;
  options?: readonly (string | { value: string; label: string })[];
  multiline?: number;
  /** The language of what is typed (`ko` for Korean fields), for spell-check and input methods. */
  lang?: string;
  children?: ReactNode;
}

/** A labelled input, select or textarea with its hint and its error in words beside it. */
export function Field({
  name,
  id: givenId,
  label,
  error,
  hint,
  defaultValue = '',
  type = 'text',
  required,
  options,
  multiline,
  lang,
}: Props) {
  const id = givenId ?? `f-${name.replace(/\./g, '-')}`;
  const described =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  const common = {
    id,
    name,
    defaultValue,
    required,
    lang,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {options ? (
        <select {...common}>
          {options.map((o) => {
            const { value, label: text } = typeof o === 'string' ? { value: o, label: o } : o;
            return (
              <option key={value} value={value}>
                {text}
              </option>
            );
          })}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={multiline} />
      ) : (
        <input {...common} type={type} />
      )}
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className={styles.error}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
