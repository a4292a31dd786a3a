import { useTranslations } from 'next-intl';

export default function TimelineLoading() {
  const t = useTranslations('timeline');
  return (
    <div aria-busy="true" aria-live="polite">
      <h1>{t('title')}</h1>
      <div className="card skeleton" style={{ height: '18rem' }}>
        <p className="meta">{t('loadingTimeline')}</p>
      </div>
    </div>
  );
}
