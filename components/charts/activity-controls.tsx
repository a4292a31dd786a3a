'use client';

import { useRouter } from '@/i18n/navigation.ts';
import { useState, useTransition, type FormEvent } from 'react';
import {
  activityQuerySchema,
  activityQueryString,
  type ActivityQuery,
} from '@/lib/schemas/activity.ts';
import { fieldErrorsOf } from '@/lib/schemas/errors.ts';
import { searchParamsToObject } from '@/lib/schemas/trade.ts';
import styles from './controls.module.css';
import { YearField } from './year-field.tsx';

/** Controls of /charts/activity: a GET form; with JavaScript each change updates the URL. */
export function ActivityControls({ query }: { query: ActivityQuery }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function apply(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form))
      if (typeof v === 'string' && v.trim() !== '') params.append(k, v.trim());
    const parsed = activityQuerySchema.safeParse(searchParamsToObject(params));
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    startTransition(() =>
      router.replace(`/charts/activity?${activityQueryString(parsed.data)}`, { scroll: false }),
    );
  }
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    if (e.target instanceof HTMLInputElement) return;
    // Actor codes mean nothing as tags (and back): a new `by` starts from its defaults.
    const keys = e.currentTarget.elements.namedItem('keys');
    if (
      e.target instanceof HTMLSelectElement &&
      e.target.name === 'by' &&
      keys instanceof HTMLInputElement
    )
      keys.value = '';
    apply(e.currentTarget);
  };
  const onBlur = (e: FormEvent<HTMLInputElement>) =>
    e.currentTarget.form && apply(e.currentTarget.form);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    apply(e.currentTarget);
  };
  const message = Object.entries(errors)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');

  return (
    <form
      className={styles.controls}
      action="/charts/activity"
      method="get"
      onSubmit={onSubmit}
      onChange={onChange}
      aria-busy={pending}
    >
      <label>
        Count by
        <select name="by" defaultValue={query.by}>
          <option value="actor">Actor</option>
          <option value="tag">Tag</option>
        </select>
      </label>
      <label>
        Actors or tags (comma-separated)
        <input name="keys" defaultValue={query.keys.join(',')} onBlur={onBlur} />
      </label>
      <label>
        Per
        <select name="bucket" defaultValue={query.bucket}>
          <option value="year">Year</option>
          <option value="month">Month</option>
        </select>
      </label>
      <YearField
        name="from"
        label="From"
        value={query.from}
        placeholder="first year"
        onBlur={onBlur}
      />
      <YearField name="to" label="To" value={query.to} placeholder="last year" onBlur={onBlur} />
      <label>
        Chart
        <select name="chart" defaultValue={query.chart}>
          <option value="bar">Bars</option>
          <option value="line">Line</option>
        </select>
      </label>
      <button type="submit">Update chart</button>
      {message && (
        <p className={styles.error} role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
