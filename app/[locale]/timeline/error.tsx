'use client';

import { useTranslations } from 'next-intl';
import { isUnavailable, TemporarilyUnavailable } from '@/components/layout/unavailable.tsx';

export default function TimelineError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations('timeline');
  if (isUnavailable(error)) return <TemporarilyUnavailable reset={reset} />;
  return (
    <div className="card" role="alert">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorText')}</p>
      <button type="button" onClick={reset}>
        {t('tryAgain')}
      </button>
    </div>
  );
}
