'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState, useTransition } from 'react';
import { formatPartialDate } from '@/lib/dates.ts';
import styles from './alliances.module.css';

/** Months since January of `minYear` ↔ the last day of that month (?at=2024-06-30). */
const monthIndex = (at: string, minYear: number) =>
  (Number(at.slice(0, 4)) - minYear) * 12 + Number(at.slice(5, 7)) - 1;
function endOfMonth(index: number, minYear: number): string {
  const year = minYear + Math.floor(index / 12);
  const month = index % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
/** 'June 2024', '2024년 6월' (lib/dates.ts: the same words on the server and in the browser). */
const monthName = (index: number, minYear: number, locale: string) =>
  formatPartialDate(endOfMonth(index, minYear).slice(0, 7), locale);

/**
 * Picks the date of the network: a month slider (the network at the end of that month),
 * with a play button that replays the months. The choice goes into the URL (?at=).
 */
export function TimeSlider({
  at,
  minYear,
  maxYear,
}: {
  at: string;
  minYear: number;
  maxYear: number;
}) {
  const t = useTranslations('alliances.slider');
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const max = (maxYear - minYear) * 12 + 11;
  // The month being moved to, remembered with the `at` it started from: once the URL
  // catches up (or back/forward changes it) the URL's month shows again.
  const [draft, setDraft] = useState<{ from: string; index: number } | null>(null);
  const index =
    draft && draft.from === at ? draft.index : Math.min(max, Math.max(0, monthIndex(at, minYear)));
  const [isPlaying, setPlaying] = useState(false);
  const [isPending, startTransition] = useTransition();

  const go = (i: number) => {
    setDraft({ from: at, index: i });
    const next = new URLSearchParams(params);
    next.set('at', endOfMonth(i, minYear));
    next.delete('edge');
    startTransition(() => router.replace(`${pathname}?${next}`, { scroll: false }));
  };

  useEffect(() => {
    if (!isPlaying || isPending) return;
    const timer = setTimeout(() => (index >= max ? setPlaying(false) : go(index + 1)), 500);
    return () => clearTimeout(timer);
    // go is recreated each render; the timer only needs the month and state flags
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isPlaying, isPending, index, max]);

  return (
    <div className={styles.slider}>
      <label htmlFor="alliance-month">{t('label')}</label>
      <input
        id="alliance-month"
        type="range"
        min={0}
        max={max}
        step={1}
        value={index}
        onChange={(e) => go(Number(e.target.value))}
        aria-valuetext={t('valueText', { month: monthName(index, minYear, locale) })}
      />
      <output htmlFor="alliance-month" className={styles.year} aria-live="polite">
        {monthName(index, minYear, locale)}
        {isPending ? ' …' : ''}
      </output>
      <button
        type="button"
        onClick={() => (isPlaying ? setPlaying(false) : (index >= max && go(0), setPlaying(true)))}
      >
        {isPlaying ? t('pause') : t('play')}
      </button>
    </div>
  );
}
