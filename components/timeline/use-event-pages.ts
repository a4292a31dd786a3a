'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EVENT_LIST_PAGE } from '@/lib/timeline/view-query.ts';
import { useFetched, type Fetched } from './use-fetched.ts';
import type { EventSummary } from '@/lib/shapes/event.ts';

export interface EventPage {
  items: EventSummary[];
  nextCursor: string | null;
}

const pageUrl = (key: string, cursor?: string) =>
  `/api/events?${key ? `${key}&` : ''}limit=${EVENT_LIST_PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;

interface More {
  /** The list query these pages continue. */
  key: string;
  items: EventSummary[];
  nextCursor: string | null;
}

/**
 * The event list's pages for the list query `key`: the first page follows `key` (see
 * useFetched), further keyset pages are appended by `loadMore`, one request at a time.
 */
export function useEventPages(initial: Fetched<EventPage>, key: string) {
  const first = useFetched(initial, (k) => pageUrl(k));
  const { load } = first;
  useEffect(() => load(key), [key, load]);
  const [more, setMore] = useState<More | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  const busy = useRef<AbortController | null>(null);
  const extra = more && more.key === first.key ? more : null;
  const items = useMemo(
    () => (extra ? [...first.value.items, ...extra.items] : first.value.items),
    [first.value.items, extra],
  );
  const nextCursor = extra ? extra.nextCursor : first.value.nextCursor;
  const moreError = failure && failure.key === first.key ? failure.message : null;
  const state = useRef({ key: first.key, nextCursor, extra, moreError });
  useEffect(() => {
    state.current = { key: first.key, nextCursor, extra, moreError };
  });
  useEffect(() => () => busy.current?.abort(), []);

  const loadMore = useCallback((retry = false) => {
    const { key: k, nextCursor: cursor, extra: have, moreError: failed } = state.current;
    if (!cursor || busy.current || (failed && !retry)) return;
    const controller = new AbortController();
    busy.current = controller;
    setFailure(null);
    fetch(pageUrl(k, cursor), {
      signal: controller.signal,
      headers: { accept: 'application/json' },
    })
      .then(async (res) => {
        if (!res.ok) throw new Error(`the server answered ${res.status}`);
        const page = (await res.json()) as EventPage;
        setMore({
          key: k,
          items: [...(have?.items ?? []), ...page.items],
          nextCursor: page.nextCursor,
        });
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted)
          setFailure({
            key: k,
            message:
              err instanceof Error && !(err instanceof TypeError)
                ? err.message
                : 'the network is unreachable',
          });
      })
      .finally(() => {
        if (busy.current === controller) busy.current = null;
      });
  }, []);
  // A new list query makes the pages loaded for the old one worthless.
  useEffect(() => {
    busy.current?.abort();
    busy.current = null;
  }, [first.key]);

  return {
    items,
    hasMore: nextCursor !== null,
    loading: first.loading !== null,
    error: first.error ?? moreError,
    loadMore: useCallback(() => loadMore(false), [loadMore]),
    retry: useCallback(
      () => (first.error ? load(key) : loadMore(true)),
      [first.error, load, key, loadMore],
    ),
  };
}
