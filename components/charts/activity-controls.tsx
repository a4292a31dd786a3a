'use client';

import { useLocale, useTranslations } from 'next-intl';
import { translateFields } from '@/lib/i18n/api-locale.ts';
import type { Locale } from '@/lib/i18n/localized.ts';
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
  const t = useTranslations('charts');
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function apply(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form))
      if (typeof v === 'string' && v.trim() !== '') params.append(k, v.trim());
    const parsed = activityQuerySchema.safeParse(searchParamsToObject(params));
    if (!parsed.success) return setErrors(translateFields(fieldErrorsOf(parsed.error), locale));
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
        {t('activity.countBy')}
        <select name="by" defaultValue={query.by}>
          <option value="actor">{t('activity.actor')}</option>
          <option value="tag">{t('activity.tag')}</option>
        </select>
      </label>
      <label>
        {t('activity.keys')}
        <input name="keys" defaultValue={query.keys.join(',')} onBlur={onBlur} />
      </label>
      <label>
        {t('activity.per')}
        <select name="bucket" defaultValue={query.bucket}>
          <option value="year">{t('activity.year')}</option>
          <option value="month">{t('activity.month')}</option>
        </select>
      </label>
      <YearField
        name="from"
        label={t('controls.from')}
        value={query.from}
        placeholder={t('controls.firstYear')}
        onBlur={onBlur}
      />
      <YearField
        name="to"
        label={t('controls.to')}
        value={query.to}
        placeholder={t('controls.lastYear')}
        onBlur={onBlur}
      />
      <label>
        {t('controls.chart')}
        <select name="chart" defaultValue={query.chart}>
          <option value="bar">{t('controls.bars')}</option>
          <option value="line">{t('controls.line')}</option>
        </select>
      </label>
      <button type="submit">{t('controls.update')}</button>
      {message && (
        <p className={styles.error} role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
