import styles from './overview.module.css';

/** The site search: a plain GET form, so it works before (and without) JavaScript. */
export function SearchBox({ q = '', autoFocus = false }: { q?: string; autoFocus?: boolean }) {
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
    </form>
  );
}
