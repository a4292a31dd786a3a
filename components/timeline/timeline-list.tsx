'use client';

import { useTranslations } from 'next-intl';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useRef } from 'react';
import { changeParams, eventListQuery } from '@/lib/timeline/view-query.ts';
import { EventRowContent } from './event-row.tsx';
import styles from './timeline.module.css';
import type { Fetched } from './use-fetched.ts';
import { useEventPages, type EventPage } from './use-event-pages.ts';

/** Rows drawn beyond the visible ones, each side, so a quick scroll shows no gap. */
const OVERSCAN = 6;

/**
 * The events matching the timeline's filters (never its zoomed window), search matches
 * marked, in the URL's order (sort). It loads further pages as the reader scrolls; only the rows in view are in the page, however many events the window holds.
 */
export function TimelineList({ initial }: { initial: Fetched<EventPage> }) {
  const t = useTranslations('timeline.list');
  const tryAgain = useTranslations('timeline')('tryAgain');
  const params = useSearchParams();
  const pages = useEventPages(initial, eventListQuery(params));
  const { items } = pages;
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual keeps its own state and is not React-Compiler-safe; this component does not memoise around it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 104,
    overscan: OVERSCAN,
    getItemKey: (i) => items[i].slug,
    // Before the browser measures anything (the server render), draw the first rows.
    initialRect: { width: 800, height: 640 },
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.length ? rows[rows.length - 1].index : -1;
  const { loadMore } = pages;
  useEffect(() => {
    if (lastShown >= items.length - OVERSCAN) loadMore();
  }, [lastShown, items.length, loadMore]);
  const base = useMemo(() => new URLSearchParams(params), [params]);

  if (!items.length) {
    return pages.loading ? (
      <p className="meta" aria-live="polite">
        Loading events…
      </p>
    ) : (
      <p className="empty">No events match these filters.</p>
    );
  }
  return (
    <>
      <div
        ref={scrollRef}
        className={styles.listScroll}
        aria-busy={pages.loading}
        data-testid="event-list-scroll"
      >
        <ul className="event-list" style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((row) => {
            const e = items[row.index];
            return (
              <li
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <EventRowContent
                  event={e}
                  selectHref={`/timeline?${changeParams(base, (p) => {
                    // Zoom to the event and its neighbours (the server picks the window).
                    p.set('focus', e.slug);
                    for (const k of ['event', 'start', 'end', 'story']) p.delete(k);
                  })}`}
                />
              </li>
            );
          })}
        </ul>
      </div>
      <p className="meta" aria-live="polite">
        {pages.loading
          ? t('updating')
          : pages.hasMore
            ? t('more', { count: items.length })
            : t('count', { count: items.length })}
      </p>
      {pages.error ? (
        <p role="alert">
          {t('failed', { error: pages.error })}{' '}
          <button type="button" className="secondary" onClick={pages.retry}>
            {tryAgain}
          </button>
        </p>
      ) : null}
    </>
  );
}
