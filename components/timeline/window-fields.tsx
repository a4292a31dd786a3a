'use client';

import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';

/**
 * The filter form's From and To, filled from the URL in the browser: after a zoom or pan the
 * window is in the URL but the server never rendered the form for it, and applying a filter
 * must not jump back to the old window.
 */
export function WindowFields() {
  const t = useTranslations('timeline.filters');
  const params = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return (
    <>
      <label>
        {t('from')}
        <input
          key={from}
          name="from"
          defaultValue={from}
          placeholder={t('datePlaceholder')}
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          size={11}
        />
      </label>
      <label>
        {t('to')}
        <input
          key={to}
          name="to"
          defaultValue={to}
          placeholder="YYYY-MM-DD"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          size={11}
        />
      </label>
    </>
  );
}
