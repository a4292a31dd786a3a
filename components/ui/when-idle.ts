'use client';

import { useSyncExternalStore } from 'react';

/**
 * Runs `task` once the browser is idle (at the latest after `timeout` ms); returns a cancel.
 * For work a page can do later: while it hydrates, the browser is busy until it is done.
 */
export function whenIdle(task: () => void, timeout = 1500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

// One flag for the whole page: false on the server and until the browser first goes idle.
let idle = false;
const listeners = new Set<() => void>();
let pending: (() => void) | null = null;
function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!idle && !pending)
    pending = whenIdle(() => {
      idle = true;
      pending = null;
      for (const l of listeners) l();
    });
  return () => {
    listeners.delete(listener);
  };
}

/** False until the page has been idle once since it loaded (always false on the server). */
export function useHasBeenIdle(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => idle,
    () => false,
  );
}
