'use client';

import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { eventListQuery } from '@/lib/timeline/view-query.ts';

/** Downloads and the feed of the events listed: the URL's filters and its current window. */
export function ExportLinks() {
  const t = useTranslations('timeline.export');
  const qs = eventListQuery(useSearchParams());
  return (
    <p className="meta">
      <a href={`/api/events/export.csv?${qs}`} download>
        {t('csv')}
      </a>
      <a href={`/api/events/export.json?${qs}`} download>
        {t('json')}
      </a>
      <a href={`/feed.xml?${qs}`}>{t('feed')}</a>
    </p>
  );
}
