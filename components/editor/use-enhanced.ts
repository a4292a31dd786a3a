import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False in the server's HTML and while hydrating, true once the page's script runs: a picker
 * renders its no-JavaScript fallback first (plain fields that still submit) and its
 * type-ahead after. The hydration pass matches the server's HTML, so nothing mismatches.
 */
export function useEnhanced(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
