'use client';

import { useRouter } from '@/i18n/navigation.ts';
import { useState, useTransition, type FormEvent } from 'react';
import { fieldErrorsOf } from '@/lib/schemas/errors.ts';
import { TRADE_FLOW_LABELS, TRADE_FLOWS } from '@/lib/schemas/enums.ts';
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
  available: { id: string; label: string }[];
  tags: string[];
  /** Where the form leads: /charts/trade. */
  action: string;
}

/** The chart's controls. A plain GET form (works without JavaScript); with it, each change updates the URL at once. */
export function TradeControls({ query, available, tags, action }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function apply(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form))
      if (typeof v === 'string' && v !== '') params.append(k, v);
    const parsed = tradeQuerySchema.safeParse(searchParamsToObject(params));
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
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
        <legend>Series</legend>
        {available.map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              name="series"
              value={s.id}
              defaultChecked={query.series.includes(s.id)}
            />{' '}
            {s.label}
          </label>
        ))}
        {err('series') && (
          <p className={styles.error} role="alert">
            {err('series')}
          </p>
        )}
      </fieldset>
      <label>
        Flow
        <select name="flow" defaultValue={query.flow}>
          {TRADE_FLOWS.map((flow) => (
            <option key={flow} value={flow}>
              {TRADE_FLOW_LABELS[flow]}
            </option>
          ))}
        </select>
      </label>
      <YearField
        name="from"
        label="From"
        value={query.from}
        placeholder="first year"
        invalid={!!err('from')}
        onBlur={onBlur}
      />
      <YearField
        name="to"
        label="To"
        value={query.to}
        placeholder="last year"
        invalid={!!err('to')}
        onBlur={onBlur}
      />
      {(err('from') || err('to')) && (
        <p className={styles.error} role="alert">
          {err('from') ?? err('to')}
        </p>
      )}
      <label>
        Values
        <select name="mode" defaultValue={query.mode}>
          <option value="absolute">US dollars</option>
          <option value="yoy">Change on previous year (%)</option>
        </select>
      </label>
      <label>
        Scale
        <select name="scale" defaultValue={query.scale}>
          <option value="linear">Linear</option>
          <option value="log">Logarithmic</option>
        </select>
      </label>
      {err('scale') && (
        <p className={styles.error} role="alert">
          {err('scale')}
        </p>
      )}
      <label>
        Axes
        <select name="axes" defaultValue={query.axes}>
          <option value="auto">Own axis where scales differ</option>
          <option value="shared">Shared</option>
        </select>
      </label>
      <label>
        Chart
        <select name="chart" defaultValue={query.chart}>
          <option value="line">Line</option>
          <option value="bar">Bars</option>
        </select>
      </label>
      <label>
        Events
        <select name="tag" defaultValue={query.tag?.[0] ?? ''}>
          <option value="">Involving both actors of a series</option>
          {tags.map((t) => (
            <option key={t} value={t}>{`Tagged ${t}`}</option>
          ))}
        </select>
      </label>
      <label>
        Markers
        <select name="markers" defaultValue={query.markers}>
          <option value="on">Shown</option>
          <option value="off">Hidden</option>
        </select>
      </label>
      {query.actor?.length ? (
        <input type="hidden" name="actor" value={query.actor.join(',')} />
      ) : null}
      <button type="submit">Update chart</button>
    </form>
  );
}
