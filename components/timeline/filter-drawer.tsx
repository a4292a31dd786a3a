'use client';

import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import styles from './filters.module.css';

const noSubscribe = () => () => {};

/**
 * On a phone (≤ 480 px) the filter bar folds into a drawer behind a "Filters" button, so the
 * chart is on the first screen. Folded only once the page runs: without JavaScript the
 * fields stay in view.
 */
export function FilterDrawer({ active, children }: { active: number; children: ReactNode }) {
  const t = useTranslations('timeline.filters');
  const [open, setOpen] = useState(false);
  const hydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  return (
    <>
      <button
        type="button"
        className={styles.drawerToggle}
        aria-expanded={open}
        aria-controls="filter-drawer"
        onClick={() => setOpen(!open)}
      >
        {active ? t('toggleActive', { count: active }) : t('toggle')}
      </button>
      <div
        id="filter-drawer"
        className={styles.drawer}
        data-closed={hydrated && !open ? '' : undefined}
      >
        {children}
      </div>
    </>
  );
}
