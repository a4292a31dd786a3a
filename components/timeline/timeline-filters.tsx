import Form from 'next/form';
import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/i18n/routing.ts';
import { Link } from '@/i18n/navigation.ts';
import type { TimelineQuery } from '@/lib/schemas/event-query.ts';
import { CLAIM_STATUSES } from '@/lib/schemas/enums.ts';
import { AutoApply } from './auto-apply.tsx';
import styles from './filters.module.css';
import { FilterChoices } from './filter-choices.tsx';
import { FilterDrawer } from './filter-drawer.tsx';
import { WindowFields } from './window-fields.tsx';

/** The status choices (retracted is not offered here, as before; the URL may still name it). */
const FILTER_STATUSES = CLAIM_STATUSES.filter((s) => s !== 'retracted');

interface Props {
  query: TimelineQuery;
}

/**
 * The filter bar as a plain GET form: with JavaScript each change applies at once
 * (AutoApply submits it, client-side through next/form); without, the Apply button does, by
 * a full load. Actors, tags and statuses sit in closed <details>, so the bar is a few Tab
 * stops, each opening onto a type-ahead list.
 */
export function TimelineFilters({ query }: Props) {
  const t = useTranslations('timeline.filters');
  const terms = useTranslations('terms');
  const locale = useLocale();
  const chosenStatuses = query.status.map((s) => terms(`status.${s}`));
  const active =
    query.actor.length +
    query.tag.length +
    query.status.length +
    (query.q ? 1 : 0) +
    (query.from || query.to ? 1 : 0);
  return (
    <Form
      action={localizedPath(locale, '/timeline')}
      className={styles.filters}
      aria-label={t('label')}
      id="filters"
    >
      <FilterDrawer active={active}>
        <div className={styles.row}>
          <label className={styles.search}>
            {t('search')}
            <input
              type="search"
              name="q"
              defaultValue={query.q ?? ''}
              placeholder={t('searchPlaceholder')}
            />
          </label>
          <WindowFields />
          <FilterChoices actorMode={query.actorMode} />
          <details className={styles.pick}>
            <summary>
              {t('status')}
              {chosenStatuses.length ? `: ${chosenStatuses.join(', ')}` : ''}
            </summary>
            <fieldset className={styles.group}>
              <legend className="sr-only">{t('status')}</legend>
              {FILTER_STATUSES.map((s) => (
                <label key={s} className={styles.check}>
                  <input
                    type="checkbox"
                    name="status"
                    value={s}
                    defaultChecked={query.status.includes(s)}
                  />
                  {terms(`status.${s}`)}
                </label>
              ))}
            </fieldset>
          </details>
          <label>
            {t('lanes')}
            <select name="lanes" defaultValue={query.lanes}>
              <option value="none">{t('lanesNone')}</option>
              <option value="actor">{t('lanesActor')}</option>
              <option value="tag">{t('lanesTag')}</option>
              <option value="status">{t('lanesStatus')}</option>
            </select>
          </label>
          <label className={styles.check}>
            <input type="checkbox" name="people" value="1" defaultChecked={query.people === '1'} />
            {t('people')}
          </label>
          <label>
            {t('order')}
            <select name="sort" defaultValue={query.sort ?? ''}>
              <option value="">{query.q ? t('bestMatch') : t('newest')}</option>
              {query.q ? <option value="newest">{t('newest')}</option> : null}
              <option value="oldest">{t('oldest')}</option>
            </select>
          </label>
          <button type="submit" className={styles.apply} data-apply>
            {t('apply')}
          </button>
          <Link href="/timeline">{t('clear')}</Link>
        </div>
      </FilterDrawer>
      <AutoApply />
    </Form>
  );
}
