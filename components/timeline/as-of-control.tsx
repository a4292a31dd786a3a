'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { formatDate, parsePartialDate, toIsoDate } from '@/lib/dates.ts';

// "As known on …": the page's `asOf` parameter, a date field to set it and a play button
// that steps it a day at a time (to watch a story unfold), and a notice whenever the page
// shows a past state. Self-contained: it reads and writes the URL only.

const DAY = 86_400_000;
const STEP_MS = 1200;

const addDays = (iso: string, days: number) =>
  toIsoDate(new Date(parsePartialDate(iso)!.date.getTime() + days * DAY));

const isDay = (v: string | null): v is string =>
  !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && parsePartialDate(v) !== null;

export function AsOfControl() {
  const t = useTranslations('timeline.asOf');
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const asOf = params.get('asOf');
  const today = toIsoDate(new Date());
  const [playing, setPlaying] = useState(false);

  const go = (day: string | null) => {
    const next = new URLSearchParams(params);
    if (day) next.set('asOf', day);
    else next.delete('asOf');
    next.delete('cursor');
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };

  // One step per tick while playing; stops at the window's end or today.
  useEffect(() => {
    if (!playing) return;
    const to = params.get('to');
    const end = isDay(to) && to < today ? to : today;
    const timer = setTimeout(() => {
      const from = params.get('from');
      const current = isDay(asOf) ? asOf : isDay(from) ? addDays(from, -1) : addDays(today, -31);
      const next = addDays(current, 1);
      if (next > end) setPlaying(false);
      else go(next);
    }, STEP_MS);
    return () => clearTimeout(timer);
    // `go` reads the same params; re-run when the URL (and so asOf) changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, asOf, params]);

  return (
    <div className="card as-of" role="group" aria-label={t('group')}>
      <label>
        {t('label')}{' '}
        <input
          type="date"
          name="asOf"
          value={isDay(asOf) ? asOf : ''}
          max={today}
          min="0100-01-01"
          onChange={(e) => {
            setPlaying(false);
            go(isDay(e.target.value) ? e.target.value : null);
          }}
        />
      </label>{' '}
      <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
        {playing ? t('pause') : t('play')}
      </button>{' '}
      {asOf ? (
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            go(null);
          }}
        >
          {t('now')}
        </button>
      ) : null}
      {isDay(asOf) ? (
        <p role="status" className="as-of-notice">
          <strong>{t('pastState')}</strong>{' '}
          {t('notice', { date: formatDate(parsePartialDate(asOf)!.date, 'day', locale) })}
        </p>
      ) : null}
    </div>
  );
}
