'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { startTransition, useCallback, useEffect } from 'react';
import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/errors.ts';

/** Whether an error boundary's error is the database being out of reach (lib/errors.ts). */
export function isUnavailable(error: Error & { digest?: string }): boolean {
  return error.digest === DATABASE_UNAVAILABLE_DIGEST;
}

/**
 * What a page shows while the database cannot be reached (the server answers 503 with
 * Retry-After): nothing is lost, and it tries again by itself, as the header says.
 */
export function TemporarilyUnavailable({ reset }: { reset: () => void }) {
  const t = useTranslations('errors.unavailable');
  const retryAfterSeconds = 5;
  const router = useRouter();
  // The failure was the server's: render it again there (refresh), then clear the boundary.
  const retry = useCallback(
    () =>
      startTransition(() => {
        router.refresh();
        reset();
      }),
    [router, reset],
  );
  useEffect(() => {
    const timer = setTimeout(retry, retryAfterSeconds * 1000);
    return () => clearTimeout(timer);
  }, [retry]);
  return (
    <div className="card" role="alert">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>{t('retrying', { seconds: retryAfterSeconds })}</p>
      <button type="button" onClick={retry}>
        {t('retryNow')}
      </button>
    </div>
  );
}
