'use client';

import { useSearchParams } from 'next/navigation';

/**
 * The filter form's From and To, filled from the URL in the browser: after a zoom or pan the
 * window is in the URL but the server never rendered the form for it, and applying a filter
 * must not jump back to the old window.
 */
export function WindowFields() {
  const params = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return (
    <>
      <label>
        From
        <input
          key={from}
          name="from"
          defaultValue={from}
          placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          size={11}
        />
      </label>
      <label>
        To
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
