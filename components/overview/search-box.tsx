import { EVENT_SORTS } from '@/lib/schemas/enums.ts';
import type { SiteSearchSort } from '@/lib/schemas/site-search.ts';
import styles from './overview.module.css';

const SORT_LABELS: Record<SiteSearchSort, string> = {
  relevance: 'Best match',
  newest: 'Newest first',
  oldest: 'Oldest first',
};

/**
 * The site search: a plain GET form, so it works before (and without) JavaScript. On the
 * results page (`sort` given) it also carries the order of the results.
 */
export function SearchBox({
  q = '',
  autoFocus = false,
  sort,
}: {
  q?: string;
  autoFocus?: boolean;
  sort?: SiteSearchSort;
}) {
  return (
    <form role="search" action="/search" method="get" className={styles.search}>
      <label htmlFor="site-search">Search events, quotes, actors and sources</label>
      <div className={styles.searchRow}>
        <input
          id="site-search"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          placeholder="e.g. troops, Haines, treaty"
          autoFocus={autoFocus}
        />
        <button type="submit">Search</button>
      </div>
      {sort ? (
        <div className={styles.sortRow}>
          <label htmlFor="site-search-sort">Sort results</label>
          <select id="site-search-sort" name="sort" defaultValue={sort}>
            {EVENT_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </form>
  );
}
