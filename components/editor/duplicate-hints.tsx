'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Link } from '@/i18n/navigation.ts';
import { findDuplicatesAction } from '@/lib/actions/duplicates.ts';
import type { DuplicateHint } from '@/lib/shapes/duplicates.ts';
import styles from './editor.module.css';

/** Wait this long after the last keystroke before asking (one small lookup, not one per key). */
const DEBOUNCE_MS = 400;

/**
 * Lists stored events that may report the same thing as the event being written, from the
 * title, date and actors of the form it sits in (read from the form itself, so it needs no
 * wiring). Without JavaScript it renders nothing; the import's dry run lists the same hints.
 */
export function DuplicateHints() {
  const t = useTranslations('editor.duplicates');
  const ref = useRef<HTMLDivElement>(null);
  const [hints, setHints] = useState<DuplicateHint[]>([]);

  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asked = '';
    let latest = 0;
    const look = () => {
      const data = new FormData(form);
      const probe = new FormData();
      for (const [k, v] of data)
        if (typeof v === 'string' && /^(title|date|originalSlug|actors\.\d+\.code)$/.test(k))
          probe.append(k, v);
      const key = JSON.stringify([...probe]);
      if (key === asked) return;
      // Nothing to compare yet: no request, and no hints left from an earlier title.
      if (String(probe.get('title') ?? '').trim().length < 3) {
        asked = key;
        latest++;
        setHints([]);
        return;
      }
      asked = key;
      const mine = ++latest;
      findDuplicatesAction(probe).then(
        (found) => mine === latest && setHints(found),
        () => mine === latest && setHints([]),
      );
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(look, DEBOUNCE_MS);
    };
    // A save under way: the pending lookup is dropped (typing after a failed save asks again).
    const pause = () => clearTimeout(timer);
    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
    form.addEventListener('submit', pause);
    look();
    return () => {
      clearTimeout(timer);
      form.removeEventListener('input', schedule);
      form.removeEventListener('change', schedule);
      form.removeEventListener('submit', pause);
    };
  }, []);

  return (
    <div ref={ref} aria-live="polite">
      {hints.length ? (
        <div role="note" aria-labelledby="duplicate-hints-heading" className={styles.notice}>
          <h2 id="duplicate-hints-heading">{t('title')}</h2>
          <p>{t('lede')}</p>
          <ul>
            {hints.map((h) => (
              <li key={h.slug}>
                <Link href={`/editor/events/${h.slug}`}>{h.title}</Link>{' '}
                {t('detail', {
                  date: h.date,
                  draft: String(h.draft),
                  alike: Math.round(h.similarity * 100),
                  days: h.days ?? 0,
                  actors: h.sharedActors ?? 0,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
