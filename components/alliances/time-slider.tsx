'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import styles from './alliances.module.css';

/**
 * Picks the date of the network: a year slider (the network at the end of that year),
 * with a play button that replays the years. The choice goes into the URL (?at=).
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
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  // The year being moved to, remembered with the `at` it started from: once the URL
  // catches up (or back/forward changes it) the URL's year shows again.
  const [draft, setDraft] = useState<{ from: string; year: number } | null>(null);
  const year = draft && draft.from === at ? draft.year : Number(at.slice(0, 4));
  const [isPlaying, setPlaying] = useState(false);
  const [isPending, startTransition] = useTransition();

  const go = (y: number) => {
    setDraft({ from: at, year: y });
    const next = new URLSearchParams(params);
    next.set('at', `${y}-12-31`);
    next.delete('edge');
    startTransition(() => router.replace(`${pathname}?${next}`, { scroll: false }));
  };

  useEffect(() => {
    if (!isPlaying || isPending) return;
    const timer = setTimeout(() => (year >= maxYear ? setPlaying(false) : go(year + 1)), 900);
    return () => clearTimeout(timer);
    // go is recreated each render; the timer only needs the year and state flags
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isPlaying, isPending, year, maxYear]);

  return (
    <div className={styles.slider}>
      <label htmlFor="alliance-year">Network at the end of</label>
      <input
        id="alliance-year"
        type="range"
        min={minYear}
        max={maxYear}
        step={1}
        value={year}
        onChange={(e) => go(Number(e.target.value))}
        aria-valuetext={`end of ${year}`}
      />
      <output htmlFor="alliance-year" className={styles.year} aria-live="polite">
        {year}
        {isPending ? ' …' : ''}
      </output>
      <button
        type="button"
        onClick={() =>
          isPlaying ? setPlaying(false) : (year >= maxYear && go(minYear), setPlaying(true))
        }
      >
        {isPlaying ? 'Pause' : 'Play years'}
      </button>
    </div>
  );
}
