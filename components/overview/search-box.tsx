import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/i18n/routing.ts';
import { EVENT_SORTS } from '@/lib/schemas/enums.ts';
import type { SiteSearchSort } from '@/lib/schemas/site-search.ts';
import styles from './overview.module.css';

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
  const t = useTranslations('overview.search');
  const terms = useTranslations('terms');
  const locale = useLocale();
  return (
    <form
      role="search"
      action={localizedPath(locale, '/search')}
      method="get"
      className={styles.search}
    >
      <label htmlFor="site-search">{t('label')}</label>
      <div className={styles.searchRow}>
        <input
          id="site-search"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          placeholder={t('placeholder')}
          autoFocus={autoFocus}
        />
        <button type="submit">{t('submit')}</button>
      </div>
      {sort ? (
        <div className={styles.sortRow}>
          <label htmlFor="site-search-sort">{t('sort')}</label>
          <select id="site-search-sort" name="sort" defaultValue={sort}>
            {EVENT_SORTS.map((s) => (
              <option key={s} value={s}>
                {terms(`sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </form>
  );
}
