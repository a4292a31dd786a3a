'use client';
import { useCallback, useSyncExternalStore } from 'react';
import {
  MAX_ITEMS,
  parseWatchlist,
  STORAGE_KEY,
  type FollowItem,
} from '@/lib/overview/watchlist.ts';

// The watchlist lives in localStorage; this hook reads it as an external store, so every
// component using it (and every tab, through the storage event) shows the same list.

const CHANGED = 'alliance-tracker:watchlist-changed';
const EMPTY: FollowItem[] = [];
let cached: { raw: string | null; items: FollowItem[] } = { raw: null, items: EMPTY };

function read(): FollowItem[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage blocked (private mode, policy): the list is simply empty.
  }
  if (raw !== cached.raw) cached = { raw, items: parseWatchlist(raw) };
  return cached.items;
}

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function write(items: FollowItem[]) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(items.slice(0, MAX_ITEMS)));
  } catch {
    // Nothing to keep it in; the page still works without a watchlist.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** The list (null before hydration: the server cannot know it) with add and remove. */
export function useWatchlist() {
  const items = useSyncExternalStore(subscribe, read, () => null);
  const add = useCallback((item: FollowItem) => {
    const current = read();
    if (!current.includes(item)) write([...current, item]);
  }, []);
  const remove = useCallback((item: FollowItem) => {
    write(read().filter((i) => i !== item));
  }, []);
  return { items, add, remove };
}
