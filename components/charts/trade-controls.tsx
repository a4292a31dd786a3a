'use client';

import { useLocale, useTranslations } from 'next-intl';
import { translateFields } from '@/lib/i18n/api-locale.ts';
import type { Locale } from '@/lib/i18n/localized.ts';
import { useTranslatedText } from '@/components/i18n/translated.tsx';
import { useRouter } from '@/i18n/navigation.ts';
import { useState, useTransition, type FormEvent } from 'react';
import { fieldErrorsOf } from '@/lib/schemas/errors.ts';
import { TRADE_FLOWS } from '@/lib/schemas/enums.ts';
import {
  searchParamsToObject,
  tradeQueryString,
  tradeQuerySchema,
  type TradeQuery,
} from '@/lib/schemas/trade.ts';
import styles from './controls.module.css';
import { YearField } from './year-field.tsx';

interface Props {
  query: TradeQuery;
  available: { id: string; label: string; labelKo: string }[];
  tags: { slug: string; name: string; nameKo: string | null }[];
  /** Where the form leads: /charts/trade. */
  action: string;
}

/** The chart's controls. A plain GET form (works without JavaScript); with it, each change updates the URL at once. */
export function TradeControls({ query, available, tags, action }: Props) {
  const t = useTranslations('charts');
  const locale = useLocale() as Locale;
  const tagLabel = useTranslatedText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function apply(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form))
      if (typeof v === 'string' && v !== '') params.append(k, v);
    const parsed = tradeQuerySchema.safeParse(searchParamsToObject(params));
    if (!parsed.success) return setErrors(translateFields(fieldErrorsOf(parsed.error), locale));
    setErrors({});
    startTransition(() =>
      router.replace(`${action}?${tradeQueryString(parsed.data)}`, { scroll: false }),
    );
  }
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    apply(e.currentTarget);
  };
  // Years apply when the field is left or Enter is pressed, not at every keystroke.
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    if (!(e.target instanceof HTMLInputElement && e.target.type === 'number'))
      apply(e.currentTarget);
  };
  const onBlur = (e: FormEvent<HTMLInputElement>) =>
    e.currentTarget.form && apply(e.currentTarget.form);
  const err = (name: string) =>
    errors[name] ?? Object.entries(errors).find(([k]) => k.startsWith(`${name}.`))?.[1];

  return (
    <form
      className={styles.controls}
      action={action}
      method="get"
      onSubmit={onSubmit}
      onChange={onChange}
      aria-busy={pending}
    >
      <fieldset>
        <legend>{t('trade.series')}</legend>
        {available.map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              name="series"
              value={s.id}
              defaultChecked={query.series.includes(s.id)}
            />{' '}
            {locale === 'ko' ? s.labelKo : s.label}
          </label>
        ))}
        {err('series') && (
          <p className={styles.error} role="alert">
            {err('series')}
          </p>
        )}
      </fieldset>
      <label>
        {t('trade.flow')}
        <select name="flow" defaultValue={query.flow}>
          {TRADE_FLOWS.map((flow) => (
            <option key={flow} value={flow}>
              {t(`trade.flows.${flow}`)}
            </option>
          ))}
        </select>
      </label>
      <YearField
        name="from"
        label={t('controls.from')}
        value={query.from}
        placeholder={t('controls.firstYear')}
        invalid={!!err('from')}
        onBlur={onBlur}
      />
      <YearField
        name="to"
        label={t('controls.to')}
        value={query.to}
        placeholder={t('controls.lastYear')}
        invalid={!!err('to')}
        onBlur={onBlur}
      />
      {(err('from') || err('to')) && (
        <p className={styles.error} role="alert">
          {err('from') ?? err('to')}
        </p>
      )}
      <label>
        {t('trade.values')}
        <select name="mode" defaultValue={query.mode}>
          <option value="absolute">{t('trade.usd')}</option>
          <option value="yoy">{t('trade.yoy')}</option>
        </select>
      </label>
      <label>
        {t('trade.scale')}
        <select name="scale" defaultValue={query.scale}>
          <option value="linear">{t('trade.linear')}</option>
          <option value="log">{t('trade.log')}</option>
        </select>
      </label>
      {err('scale') && (
        <p className={styles.error} role="alert">
          {err('scale')}
        </p>
      )}
      <label>
        {t('trade.axes')}
        <select name="axes" defaultValue={query.axes}>
          <option value="auto">{t('trade.axesAuto')}</option>
          <option value="shared">{t('trade.axesShared')}</option>
        </select>
      </label>
      <label>
        {t('controls.chart')}
        <select name="chart" defaultValue={query.chart}>
          <option value="line">{t('controls.line')}</option>
          <option value="bar">{t('controls.bars')}</option>
        </select>
      </label>
      <label>
        {t('trade.events')}
        <select name="tag" defaultValue={query.tag?.[0] ?? ''}>
          <option value="">{t('trade.eventsBoth')}</option>
          {tags.map((tag) => (
            <option key={tag.slug} value={tag.slug}>
              {t('trade.tagged', { tag: tagLabel(tag, 'name') })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('trade.markers')}
        <select name="markers" defaultValue={query.markers}>
          <option value="on">{t('trade.shown')}</option>
          <option value="off">{t('trade.hidden')}</option>
        </select>
      </label>
      {query.actor?.length ? (
        <input type="hidden" name="actor" value={query.actor.join(',')} />
      ) : null}
      <button type="submit">{t('controls.update')}</button>
    </form>
  );
}
