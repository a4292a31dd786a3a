'use client';

import { useTranslations } from 'next-intl';
import { isUnavailable, TemporarilyUnavailable } from '@/components/layout/unavailable.tsx';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations('errors.error');
  if (isUnavailable(error)) return <TemporarilyUnavailable reset={reset} />;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <button type="button" onClick={reset}>
        {t('retry')}
      </button>
    </>
  );
}
