import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/i18n/routing.ts';
import styles from './cite.module.css';

/** Says plainly that the page shows an old revision, and links to the current one. */
export function PastVersionBanner(props: {
  slug: string;
  revision: number;
  revisedAt: string;
  currentVersion: number;
}) {
  const t = useTranslations('events.past');
  const locale = useLocale();
  return (
    <div className={styles.past} role="note" aria-label={t('label')}>
      <strong>{t('title')}</strong>{' '}
      {t('text', { revision: props.revision, date: props.revisedAt.slice(0, 10) })}{' '}
      <a href={localizedPath(locale, `/events/${encodeURIComponent(props.slug)}`)}>
        {t('current', { current: props.currentVersion })}
      </a>
    </div>
  );
}
