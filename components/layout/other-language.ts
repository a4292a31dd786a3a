import { localizedPath } from '@/i18n/routing.ts';

/**
 * The address of the page at `pathname` (without its language prefix, as next-intl's
 * usePathname gives it) in `locale`, keeping the query (filters, window, selected event)
 * and the hash.
 */
export function otherLanguageHref(
  locale: string,
  pathname: string,
  search: string,
  hash: string,
): string {
  const query = search && !search.startsWith('?') ? `?${search}` : search;
  return `${localizedPath(locale, pathname)}${query}${hash}`;
}
